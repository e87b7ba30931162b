import type { resourcesEn } from './resources.en';

/** Spanish strings for the Resources area. */
export const resourcesEs: typeof resourcesEn = {
  title: 'Recursos',
  intro: 'Consejos cortos que puede leer en cualquier momento, incluso sin internet, y enlaces a sitios web útiles.',
  articlesTitle: 'Consejos para leer',
  readingTime_one: '{{count}} minuto de lectura',
  readingTime_other: '{{count}} minutos de lectura',
  backToResources: 'Volver a Recursos',
  englishOnly: 'Por ahora, este artículo solo está en inglés.',
  inEnglish: 'En inglés',
  checklistHint: 'Marque cada casilla a medida que avanza. Las marcas se guardan hasta que cierre la aplicación.',
  notFoundTitle: 'No encontramos ese artículo',
  notFoundBody: 'Puede que el enlace sea antiguo o que el artículo tenga un nombre nuevo. Estos son los artículos que tenemos:',
  websitesTitle: 'Sitios web útiles',
  websitesNote: 'Estos sitios web necesitan internet. Se abren en su navegador. Todo lo demás en esta aplicación funciona sin internet.',
  opensInBrowser: '(se abre en su navegador)',
  linkGroups: {
    jobBoards: 'Buscar empleo',
    jobCenters: 'Encontrar un centro de empleo cerca de usted',
    benefits: 'Beneficios por desempleo',
  },
  links: {
    worksource: {
      name: 'WorkSourceWA.com',
      description: 'La bolsa de trabajo pública de Washington, con talleres y eventos de contratación.',
    },
    careerOneStopJobs: {
      name: 'CareerOneStop Job Finder',
      description: 'Busque empleos en todos los estados. Del Departamento de Trabajo de EE. UU.',
    },
    nlx: {
      name: 'National Labor Exchange (NLx)',
      description: 'Empleos de bolsas de trabajo estatales y de sitios web de empleadores, en una sola búsqueda.',
    },
    usajobs: {
      name: 'USAJOBS',
      description: 'Empleos en el gobierno federal de EE. UU.',
    },
    worksourceOffices: {
      name: 'Oficinas de WorkSource en Washington',
      description: 'Ayuda gratuita en persona: búsqueda de empleo, currículums, talleres y computadoras que puede usar.',
    },
    jobCenterFinder: {
      name: 'American Job Center Finder',
      description: 'Encuentre un centro de empleo público y gratuito en cualquier estado. Las oficinas de WorkSource son American Job Centers.',
    },
    esd: {
      name: 'Departamento de Seguridad del Empleo de Washington (ESD)',
      description: 'Solicite beneficios por desempleo y presente sus reclamos semanales en Washington.',
    },
    esdJobSearch: {
      name: 'Requisitos de búsqueda de empleo (ESD de Washington)',
      description: 'Qué cuenta como actividad de búsqueda de empleo y cómo llevar su registro.',
    },
    unemploymentFinder: {
      name: 'Beneficios por desempleo en otros estados',
      description: 'CareerOneStop le indica la oficina de desempleo de su propio estado.',
    },
  },
};
