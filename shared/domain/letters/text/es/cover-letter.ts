import type { LetterTypeText } from '../../text-types';

export const coverLetter: LetterTypeText = {
  guide: {
    title: 'Carta de presentación',
    description: 'Una carta de una página que acompaña su currículum y defiende su candidatura.',
    documentName: 'Carta de presentación',
    steps: {
      research: {
        title: 'Lea la oferta con atención',
        advice: ['Una carta de presentación funciona cuando responde a la oferta, no cuando repite el currículum.'],
        items: {
          'read-posting': 'He marcado las tres o cuatro cosas que la oferta pide con más insistencia.',
          match: 'Para cada una, tengo un ejemplo de mi trabajo, mi voluntariado o mis estudios.',
          'find-name': 'He intentado averiguar el nombre de quien contrata (la oferta, la página web de la empresa, una llamada).',
          'one-page': 'Ocuparé una sola página y la escribiré solo para este puesto.',
        },
      },
      details: {
        title: 'El puesto',
        advice: ['Compare el nombre de la empresa y el del puesto con la oferta: un nombre equivocado es el error que antes se nota.'],
      },
      'your-case': {
        title: 'Sus argumentos',
        advice: [
          'Por qué esta empresa: una o dos frases que muestren que sabe a qué se dedica. Sus fortalezas: las dos o tres que encajan con la oferta, con palabras sencillas. Un logro con un resultado, mejor si es una cifra.',
          'Escriba como le hablaría a una jefa a la que respeta. Las frases cortas están bien.',
        ],
      },
      letter: {
        title: 'Léala como la leerán',
        advice: [
          '¿Podría enviarse esta carta a cualquier empresa? Si es así, añada un detalle más sobre esta. Revise cada nombre y guárdela como PDF para que se vea igual en su pantalla.',
        ],
      },
    },
    fields: {
      contactName: { label: 'Quién contrata (si lo sabe)', hint: 'Déjelo vacío si no conoce el nombre.' },
      contactRole: { label: 'Su cargo (opcional)' },
      employer: { label: 'Empresa' },
      recipientAddress: { label: 'Dirección de la empresa (opcional)' },
      jobTitle: { label: 'Puesto' },
      reference: { label: 'Número de referencia de la oferta (si lo hay)' },
      foundVia: { label: 'Dónde vio la oferta (opcional)', hint: 'Por ejemplo: WorkSource, o la página web de la empresa' },
      whyThem: { label: 'Por qué esta empresa (opcional)', hint: 'Una o dos frases, como: El trabajo de su clínica con las familias del valle me importa.' },
      strengths: { label: 'Por qué encaja en el puesto', hint: 'Dos o tres fortalezas que respondan a lo que pide la oferta, en frases completas.' },
      achievement: { label: 'Un logro (opcional)', hint: 'Por ejemplo: Reduje en un tercio los errores en los pedidos reorganizando el almacén.' },
    },
    choices: {},
  },
  template: {
    subject: ['Candidatura al puesto de {jobTitle} (referencia {reference})', 'Candidatura al puesto de {jobTitle}'],
    salutation: ['Estimado/a {contactName}:', 'Estimado/a responsable de selección:'],
    paragraphs: [
      [
        [
          'Le escribo para presentar mi candidatura al puesto de {jobTitle} en {employer}, que vi en {foundVia}.',
          'Le escribo para presentar mi candidatura al puesto de {jobTitle} en {employer}.',
        ],
        '{whyThem}',
      ],
      ['{strengths}'],
      ['{achievement}'],
      [
        'En mi currículum encontrará más detalles sobre mi experiencia.',
        [
          'Me encantaría tener la oportunidad de hablar de cómo podría contribuir a {employer}, y estoy a su disposición para una entrevista cuando le convenga.',
          'Me encantaría tener la oportunidad de hablar de cómo podría contribuir, y estoy a su disposición para una entrevista cuando le convenga.',
        ],
      ],
      ['Gracias por su tiempo y su consideración.'],
    ],
  },
};
