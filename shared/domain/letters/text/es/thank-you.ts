import type { LetterTypeText } from '../../text-types';

export const thankYou: LetterTypeText = {
  guide: {
    title: 'Agradecer después de una entrevista',
    description: 'Una nota breve el mismo día que hace que le recuerden.',
    documentName: 'Carta de agradecimiento',
    steps: {
      timing: {
        title: 'Envíela hoy',
        advice: [
          'Envíe su agradecimiento en las 24 horas siguientes a la entrevista. Muchos candidatos no lo hacen, así que es una manera sencilla de destacar.',
          'Si le entrevistaron varias personas, envíe a cada una su propia nota y cambie una o dos frases, porque pueden compararlas.',
          'El correo electrónico sirve para casi cualquier empleo. Una tarjeta escrita a mano, además, es un buen detalle en un negocio pequeño del barrio.',
        ],
      },
      details: {
        title: 'A quién y cuándo',
        advice: ['Compruebe que el nombre de quien le entrevistó está escrito exactamente bien. Es lo más importante de la nota.'],
      },
      'what-to-say': {
        title: 'Hágala personal',
        advice: [
          'Un detalle concreto demuestra que estaba escuchando. Piense en algo de la conversación que le interesó: un proyecto, un problema que tienen, algo del equipo.',
          'Después, en una o dos frases, relaciónelo con lo que usted puede aportar. Si olvidó mencionar algo importante en la entrevista, este es el lugar.',
        ],
      },
      letter: {
        title: 'Sea breve',
        advice: ['Tres párrafos cortos: gracias, un punto concreto y el siguiente paso. Léala en voz alta una vez; debe sonar a usted.'],
      },
    },
    fields: {
      contactName: { label: 'Quién le entrevistó' },
      employer: { label: 'Empresa' },
      jobTitle: { label: 'Puesto' },
      interviewDate: { label: 'Fecha de la entrevista' },
      highlight: { label: 'Algo de la conversación que le gustó (opcional)', hint: 'Por ejemplo: los planes para el nuevo almacén' },
      fitPoint: { label: 'Por qué haría bien este trabajo (opcional)', hint: 'Una o dos frases, como: Mis cinco años en el turno de noche me permiten dirigir un equipo desde el primer día.' },
    },
    choices: {},
  },
  template: {
    subject: ['Gracias – entrevista para el puesto de {jobTitle}', 'Gracias por su tiempo'],
    paragraphs: [
      [
        [
          'Gracias por dedicarme su tiempo el {interviewDate} para hablar del puesto de {jobTitle}.',
          'Gracias por dedicarme su tiempo para hablar del puesto de {jobTitle}.',
          'Gracias por dedicarme su tiempo.',
        ],
        ['Disfruté de nuestra conversación y de conocer mejor {employer}.', 'Disfruté de nuestra conversación.'],
      ],
      ['Me interesó especialmente conocer {highlight}.'],
      [
        [
          'Nuestra conversación ha aumentado todavía más mi interés por el puesto. {fitPoint}',
          'Nuestra conversación ha aumentado todavía más mi interés por el puesto, y confío en poder aportar mucho a su equipo.',
        ],
      ],
      ['No dude en decirme si necesita más información. Quedo a la espera de sus noticias sobre los próximos pasos.'],
    ],
  },
};
