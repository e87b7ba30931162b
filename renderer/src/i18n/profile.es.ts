import type { profileEn } from './profile.en';

/** Spanish strings for My details; same keys as English (usted, as in the rest of the app). */
export const profileEs: typeof profileEn = {
  title: 'Mis datos',
  intro: 'Su nombre y cómo pueden contactarle los empleadores. Todas las cartas los usan, así que solo los escribe una vez.',
  privacy: 'Estos datos se quedan en esta computadora. Solo se usan en las cartas que escribe aquí.',
  loading: 'Cargando sus datos…',
  loadFailed: 'No pudimos cargar sus datos. {{reason}} Vuelva a cargar la página para intentarlo de nuevo.',
  toLetters: 'Ir a sus cartas',
  form: {
    name: 'Su nombre',
    nameHint: 'Tal como quiere que aparezca al final de sus cartas.',
    email: 'Correo electrónico (opcional)',
    phone: 'Teléfono (opcional)',
    address: 'Dirección (opcional)',
    addressHint: 'Las cartas impresas la muestran arriba. Ponga la calle, y la ciudad, el estado y el código postal, en líneas separadas.',
    links: 'Enlaces (opcional)',
    linksHint: 'LinkedIn, un portafolio o un sitio web: uno en cada línea.',
    save: 'Guardar mis datos',
    saved: 'Sus datos están guardados.',
    failed: 'No pudimos guardar sus datos. {{reason}}',
    problems: 'Corrija esto antes de guardar',
    nameRequired: 'Escriba su nombre. Las cartas lo necesitan.',
    nameTooLong: 'Un nombre puede tener como máximo 200 caracteres. Acórtelo, por favor.',
    emailInvalid: 'Escriba un correo como nombre@ejemplo.com, o déjelo vacío.',
    phoneTooLong: 'Un número de teléfono puede tener como máximo 100 caracteres.',
    addressTooLong: 'Una dirección puede tener como máximo 1000 caracteres. Acórtela, por favor.',
    tooManyLinks: 'Puede agregar hasta 10 enlaces. Quite algunos, por favor.',
    linkTooLong: 'Uno de los enlaces es muy largo. Revíselo, por favor.',
  },
  card: {
    title: 'Mis datos',
    empty: 'Agregue su nombre y cómo contactarle. Todas las cartas los usan.',
    add: 'Agregar mis datos',
    edit: 'Cambiar mis datos',
  },
};
