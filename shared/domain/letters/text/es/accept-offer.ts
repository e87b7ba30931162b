import type { LetterTypeText } from '../../text-types';

export const acceptOffer: LetterTypeText = {
  guide: {
    title: 'Aceptar una oferta de empleo',
    description: 'Diga que sí por escrito y confirme lo acordado.',
    documentName: 'Aceptación de oferta',
    steps: {
      'check-offer': {
        title: 'Revise la oferta',
        advice: ['¡Enhorabuena! Antes de aceptar por escrito, asegúrese de saber exactamente a qué dice que sí.'],
        items: {
          'in-writing': 'Tengo la oferta por escrito, y el puesto, el sueldo y la fecha de inicio coinciden con lo que hablamos.',
          questions: 'He hecho las preguntas que me quedaban: prestaciones, horario, periodo de prueba, lugar de trabajo.',
          conditions: 'Conozco las condiciones pendientes (verificación de antecedentes, referencias, prueba de drogas). No dejaré mi empleo actual hasta que se cumplan.',
          'other-employers': 'Avisaré a las demás empresas con las que estoy en contacto cuando esto esté cerrado. (Le ayudan las cartas «Retirar una candidatura» y «Rechazar una entrevista»).',
        },
      },
      details: {
        title: 'Los datos',
        advice: [
          'Repita las condiciones principales tal como las acordaron. Es un gesto cortés y, si hubo un malentendido, sale a la luz ahora y no en su primer cheque de pago.',
        ],
      },
      letter: {
        title: 'Acepte con entusiasmo',
        advice: [
          'Agradezca, acepte con claridad, confirme las condiciones y pregunte qué necesitan de usted antes de empezar. Deje ver su entusiasmo; ahora no hace falta contenerse.',
        ],
      },
    },
    fields: {
      contactName: { label: 'Quién le hizo la oferta' },
      employer: { label: 'Empresa' },
      jobTitle: { label: 'Puesto' },
      startDate: { label: 'Fecha de inicio' },
      salary: { label: 'Sueldo acordado (opcional)', hint: 'Por ejemplo: 52.000 dólares al año, o 21,50 dólares la hora.' },
      otherTerms: { label: 'Otras cosas que acordaron (opcional)', hint: 'Una por línea. Por ejemplo: Dos días a la semana desde casa.' },
      personalNote: { label: 'Algo más que quiera decir (opcional)' },
    },
    choices: {},
  },
  template: {
    subject: ['Acepto su oferta para el puesto de {jobTitle} – {myName}', 'Acepto su oferta de empleo – {myName}'],
    paragraphs: [
      [
        ['Gracias por ofrecerme el puesto de {jobTitle} en {employer}.', 'Gracias por ofrecerme un puesto en {employer}.'],
        'Me alegra mucho aceptarlo.',
      ],
      [
        [
          'Tal como acordamos, mi sueldo inicial será de {salary} y mi primer día será el {startDate}.',
          'Tal como acordamos, mi sueldo inicial será de {salary}.',
          'Tal como acordamos, mi primer día será el {startDate}.',
        ],
      ],
      ['También acordamos lo siguiente:\n{otherTerms}'],
      ['{personalNote}'],
      ['Le agradecería que me dijera si necesita algo de mí antes de empezar, como documentos que completar o que deba llevar el primer día.'],
      [['Tengo muchas ganas de unirme al equipo de {employer}.', 'Tengo muchas ganas de unirme al equipo.']],
    ],
  },
};
