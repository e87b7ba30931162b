import type { LetterTypeText } from '../../text-types';

export const followUp: LetterTypeText = {
  guide: {
    title: 'Dar seguimiento a una solicitud',
    description: 'Un recordatorio cortés cuando no ha recibido respuesta.',
    documentName: 'Seguimiento de solicitud',
    steps: {
      timing: {
        title: 'El momento adecuado',
        advice: ['Dar seguimiento demuestra interés; hacerlo demasiado parece presión. Un mensaje, y quizá un segundo un par de semanas después, es lo adecuado.'],
        items: {
          waited: 'Ha pasado al menos una semana desde que presenté la solicitud, o ya pasó la fecha en que dijeron que responderían.',
          'still-open': 'He comprobado que la oferta sigue publicada o abierta.',
          'someone-inside': 'Si conozco a alguien que trabaja allí, le he preguntado quién se encarga de la contratación.',
        },
      },
      details: {
        title: 'Los datos',
        advice: [
          'Si la oferta tenía un número de referencia, inclúyalo: les ayuda a encontrar su solicitud enseguida. Si puede, añada una fortaleza que encaje con lo que pide el puesto.',
        ],
      },
      letter: {
        title: 'Breve y cordial',
        advice: ['Recuérdeles quién es y qué puesto, diga que mantiene su interés y pregunte con amabilidad por sus plazos. Sin reproches ni presión.'],
      },
    },
    fields: {
      contactName: { label: 'A quién escribir (si lo sabe)', hint: 'La persona responsable de la contratación. Déjelo vacío si no lo sabe.' },
      employer: { label: 'Empresa' },
      jobTitle: { label: 'Puesto' },
      reference: { label: 'Número de referencia de la oferta (si lo hay)' },
      appliedOn: { label: 'Cuándo presentó la solicitud' },
      fitPoint: { label: 'Una fortaleza que mencionar (opcional)', hint: 'Una o dos frases, como: Llevo tres años usando el mismo sistema de inventario.' },
    },
    choices: {},
  },
  template: {
    subject: ['Seguimiento de mi solicitud para el puesto de {jobTitle}', 'Seguimiento de mi solicitud'],
    paragraphs: [
      [
        [
          'El {appliedOn} presenté mi solicitud para el puesto de {jobTitle} (referencia {reference}), y le escribo para darle seguimiento.',
          'El {appliedOn} presenté mi solicitud para el puesto de {jobTitle}, y le escribo para darle seguimiento.',
          'Hace poco presenté mi solicitud para el puesto de {jobTitle} (referencia {reference}), y le escribo para darle seguimiento.',
          'Hace poco presenté mi solicitud para el puesto de {jobTitle}, y le escribo para darle seguimiento.',
        ],
      ],
      [
        [
          'Mantengo todo mi interés en el puesto y en {employer}. {fitPoint}',
          'Mantengo todo mi interés en el puesto y en {employer}, y creo que mi experiencia aportaría mucho a su equipo.',
        ],
      ],
      [
        'Le agradecería cualquier información que pueda darme sobre sus plazos.',
        'Si le resulta útil, con gusto le envío más información o hablamos cuando le venga bien.',
      ],
      ['Gracias por su tiempo y su consideración.'],
    ],
  },
};
