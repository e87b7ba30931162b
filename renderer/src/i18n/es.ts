import type { Messages } from './en';
import { activityEs } from './activity.es';
import { contactsEs } from './contacts.es';
import { documentsEs } from './documents.es';
import { jobsEs } from './jobs.es';
import { jobsAddingEs } from './jobs-adding.es';
import { lettersEs } from './letters.es';
import { messagesEs } from './messages.es';
import { profileEs } from './profile.es';
import { resourcesEs } from './resources.es';
import { savedSearchesEs } from './saved-searches.es';
import { scheduleEs } from './schedule.es';

/** Spanish strings. Keys match en.ts; a missing key falls back to English. */
export const es: Messages = {
  app: {
    name: 'Career Organizer',
    skipToContent: 'Ir al contenido principal',
    loading: 'Cargando…',
  },
  nav: {
    label: 'Principal',
    groupOrganizer: 'Mi organizador',
    groupResources: 'Ayuda y consejos',
    home: 'Inicio',
    resources: 'Recursos',
    settings: 'Configuración',
    collapse: 'Ocultar menú',
    expand: 'Mostrar menú',
  },
  home: {
    title: 'Bienvenido a Career Organizer',
    intro: 'Guarde toda su búsqueda de empleo en un solo lugar: los empleos que le interesan, sus documentos, sus citas y las cartas que escribe.',
    privacyTitle: 'Su información se queda en esta computadora',
    privacyBody: 'Nada de lo que agregue aquí se envía a ningún lugar. No necesita una cuenta ni internet para usarlo.',
    dataFolder: 'Su configuración se guarda en esta carpeta:',
    openDataFolder: 'Abrir esta carpeta',
    firstStepsTitle: 'Buenos primeros pasos',
    stepAdvice: 'Lea consejos breves sobre entrevistas, currículums y cómo escribir a los empleadores.',
    stepAdviceAction: 'Leer consejos',
    stepSettings: 'Elija cómo se ve la aplicación, su idioma y cuántas actividades de búsqueda de empleo necesita cada semana.',
    stepSettingsAction: 'Abrir configuración',
  },
  settings: {
    title: 'Configuración',
    intro: 'Los cambios se guardan en cuanto los hace.',
    appearance: 'Apariencia',
    theme: 'Tema',
    themeHint: 'Elija claro u oscuro, o use la configuración de su computadora.',
    themeSystem: 'Igual que mi computadora',
    themeLight: 'Claro',
    themeDark: 'Oscuro',
    language: 'Idioma',
    languageHint: 'El idioma de los menús, botones y mensajes.',
    languageEn: 'English (inglés)',
    languageEs: 'Español',
    jobSearch: 'Búsqueda de empleo',
    weeklyTarget: 'Actividades de búsqueda de empleo por semana',
    weeklyTargetHint: 'Muchos programas de desempleo piden al menos 3 por semana. Confirme el número que le da su estado.',
    weeklyTargetError: 'Escriba un número entero del 0 al 50.',
    notificationsTitle: 'Recordatorios',
    notifications: 'Mostrar recordatorios de citas y seguimientos',
    notificationsHint: 'Los recordatorios aparecen aunque la aplicación esté en segundo plano.',
    library: 'Carpeta de documentos',
    libraryHint: 'Sus currículums, cartas de presentación y otros documentos se guardan como archivos normales en esta carpeta.',
    libraryChange: 'Elegir otra carpeta…',
    libraryPathLabel: 'Ruta de la carpeta',
    librarySave: 'Usar esta carpeta',
    libraryMoving: 'Moviendo sus documentos…',
    libraryMovingCount: 'Moviendo sus documentos… {{done}} de {{total}} archivos',
    libraryMoved: 'Sus documentos ahora están en {{path}}',
    importLimit: 'Archivo más grande que puede agregar (MB)',
    importLimitHint: 'Los archivos más grandes no se agregan, para que su biblioteca sea fácil de respaldar.',
    importLimitError: 'Escriba un número entero de megabytes del 1 al 4096.',
    dataTitle: 'Sus datos',
    dataBody: 'La configuración y los datos de la aplicación se guardan aquí:',
    openDataFolder: 'Abrir carpeta de datos',
    about: 'Acerca de',
    version: 'Versión {{version}}',
    saved: 'Guardado',
    saveFailed: 'No pudimos guardar ese cambio. {{reason}}',
    indexRebuiltNotice: 'No se pudo leer la lista de sus documentos, así que se volvió a crear a partir de los archivos en {{path}}. Sus archivos están a salvo, pero quizá tenga que volver a escribir los títulos, etiquetas y notas que agregó.',
    resetNotice: 'No se pudo leer su archivo de configuración, así que la aplicación empezó con la configuración predeterminada. El archivo anterior se guardó aquí: {{path}}',
    folderNotOpened: 'No pudimos abrir la carpeta. La puede encontrar aquí: {{path}}',
  },
  resources: resourcesEs,
  documents: documentsEs,
  jobs: jobsEs,
  jobsAdding: jobsAddingEs,
  contacts: contactsEs,
  activity: activityEs,
  savedSearches: savedSearchesEs,
  letters: lettersEs,
  messages: messagesEs,
  profile: profileEs,
  schedule: scheduleEs,
  toast: {
    close: 'Cerrar',
    undo: 'Deshacer',
    region: 'Notificaciones',
  },
  errors: {
    notFoundTitle: 'No encontramos esa página',
    notFoundBody: 'Puede que el enlace sea antiguo. Use el menú de la izquierda para encontrar lo que necesita.',
    goHome: 'Ir a Inicio',
    crashTitle: 'Algo salió mal en esta página',
    crashBody: 'Su información guardada está a salvo. Vuelva a cargar la página para continuar.',
    reload: 'Volver a cargar',
  },
};
