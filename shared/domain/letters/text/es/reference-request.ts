import type { LetterTypeText } from '../../text-types';

export const referenceRequest: LetterTypeText = {
  guide: {
    title: 'Pedir a alguien que sea su referencia',
    description: 'Pida a un antiguo jefe o compañero que hable de su trabajo.',
    documentName: 'Solicitud de referencia',
    steps: {
      choose: {
        title: 'Elija bien',
        advice: ['Una buena referencia puede inclinar la decisión a su favor. Elija a la persona con cuidado y póngaselo fácil.'],
        items: {
          'knows-your-work': 'Esta persona vio mi trabajo de cerca, hace poco, y espero que hable bien de él.',
          'ask-first': 'Se lo pido antes de dar su nombre a ninguna empresa. Una referencia nunca debe ser una sorpresa.',
          'easy-no': 'Le pondré fácil decir que no, para tener solo referencias que ayuden con gusto.',
          'send-material': 'Le enviaré mi currículum y la oferta de empleo, para que sepa de qué hablar.',
        },
      },
      details: {
        title: 'Los datos',
        advice: [
          'Recuérdele dónde trabajaron juntos; puede que haga tiempo. Si hay cosas que le gustaría que mencionara, enumérelas: a la gente le resulta útil, no insistente.',
        ],
      },
      letter: {
        title: 'Póngaselo fácil',
        advice: [
          'Cuando acepte, dígale cuándo podría llamar la empresa, y vuelva a darle las gracias después, sea cual sea el resultado. Cuéntele cuando consiga el empleo.',
        ],
      },
    },
    fields: {
      contactName: { label: 'A quién se lo pide' },
      workplace: { label: 'Dónde trabajaron juntos (opcional)', hint: 'Por ejemplo: Clínica Riverside' },
      jobTitle: { label: 'El puesto que solicita (opcional)' },
      employer: { label: 'La empresa (opcional)' },
      deadline: { label: 'Cuándo podría llamar la empresa (opcional)' },
      highlights: { label: 'Lo que le gustaría que mencionara (opcional)', hint: 'Una cosa por línea. Por ejemplo: Cómo formé al personal nuevo.' },
    },
    choices: {},
  },
  template: {
    subject: ['¿Podría ser mi referencia?'],
    salutation: ['Estimado/a {contactName}:', 'Hola:'],
    paragraphs: [
      [
        'Espero que se encuentre bien.',
        [
          'Estoy solicitando el puesto de {jobTitle} en {employer}, y le agradecería mucho que fuera mi referencia.',
          'Estoy solicitando un puesto de {jobTitle}, y le agradecería mucho que fuera mi referencia.',
          'Estoy solicitando un puesto en {employer}, y le agradecería mucho que fuera mi referencia.',
          'Estoy buscando un nuevo empleo, y le agradecería mucho que fuera mi referencia.',
        ],
      ],
      [
        [
          'Usted conoce bien mi trabajo de cuando coincidimos en {workplace}, y su opinión tendría mucho peso para una empresa.',
          'Usted conoce bien mi trabajo, y su opinión tendría mucho peso para una empresa.',
        ],
      ],
      ['Por si le sirve, estas son las cosas que más me gustaría que una empresa escuchara:\n{highlights}'],
      [
        ['Es posible que la empresa se ponga en contacto con usted antes del {deadline}.', 'Es posible que la empresa se ponga en contacto con usted pronto.'],
        'Le enviaré mi currículum y la descripción del puesto, para que tenga todo a mano.',
      ],
      ['Entiendo perfectamente si no puede hacerlo; solo le pido que me lo diga en cualquier caso. Gracias por considerarlo.'],
    ],
    closing: 'Con agradecimiento,',
  },
};
