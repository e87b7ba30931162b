import type { LetterTypeText } from '../../text-types';

export const declineOffer: LetterTypeText = {
  guide: {
    title: 'Rechazar una oferta de empleo',
    description: 'Rechace una oferta con elegancia, para poder trabajar con ellos algún día.',
    documentName: 'Rechazo de oferta',
    steps: {
      'be-sure': {
        title: 'Asegúrese',
        advice: ['Con una oferta en la mano es cuando más puede pedir. Antes de rechazarla, compruebe que lo ha aprovechado:'],
        items: {
          negotiate: 'He preguntado si lo que me frena (el sueldo, la fecha de inicio, el horario, el teletrabajo) puede cambiar. Muchas ofertas cambian.',
          compare: 'Si tengo más de una oferta, las he comparado una al lado de otra: sueldo, prestaciones, trayecto, futuro y personas.',
          'other-offer-in-writing': 'Si la rechazo por otra oferta, tengo esa otra por escrito y con sus condiciones cumplidas.',
          'sleep-on-it': 'Lo he consultado con la almohada, o lo he hablado con alguien de confianza.',
        },
      },
      'act-quickly': {
        title: 'Actúe rápido',
        advice: [
          'Responda antes del plazo que le dieron, y antes si puede: es posible que la empresa quiera ofrecer el puesto a otra persona, y esa persona está esperando.',
          'Si la oferta se la hicieron por teléfono, es un buen gesto llamar primero a quien se la hizo y después enviar este correo como confirmación.',
        ],
      },
      details: {
        title: 'Los datos',
        advice: [
          'No tiene que dar explicaciones. Si el motivo es el sueldo, puede decir que las condiciones no se ajustan a sus necesidades; no hace falta dar cifras ni compararlas con otra oferta.',
        ],
      },
      letter: {
        title: 'Sea amable',
        advice: [
          'Agradézcalo de corazón: le eligieron a usted. Diga que no con claridad en las primeras líneas, para que nadie tenga que adivinar, y termine con un tono cordial. Las personas que conoció pueden ser sus compañeros o contactos en el futuro.',
        ],
      },
    },
    fields: {
      contactName: { label: 'Quién le hizo la oferta' },
      employer: { label: 'Empresa' },
      jobTitle: { label: 'Puesto' },
      reason: { label: 'Motivo que dará' },
      stayInTouch: { label: '¿Dejar la puerta abierta?' },
      personalNote: { label: 'Algo más que quiera decir (opcional)', hint: 'Una o dos frases como mucho.' },
    },
    choices: {
      reason: {
        none: 'Ningún motivo (está bien)',
        'accepted-other': 'He aceptado otra oferta',
        compensation: 'El sueldo o las prestaciones no me convienen',
        'current-role': 'Me quedo en mi empleo actual',
        'not-right-fit': 'El puesto no es adecuado para mí',
      },
      stayInTouch: { yes: 'Sí, me gustaría seguir en contacto', no: 'No, una despedida cordial' },
    },
  },
  template: {
    subject: ['Su oferta para el puesto de {jobTitle} – {myName}', 'Su oferta de empleo – {myName}'],
    paragraphs: [
      [
        ['Muchas gracias por ofrecerme el puesto de {jobTitle} en {employer}.', 'Muchas gracias por ofrecerme un puesto en {employer}.'],
        'Agradezco el tiempo que usted y su equipo me dedicaron, y me ha gustado mucho conocer su trabajo.',
      ],
      [
        'Después de pensarlo detenidamente, he decidido no aceptar la oferta.',
        { if: { field: 'reason', is: 'accepted-other' }, text: 'He aceptado otro puesto que se ajusta mejor a mis planes.' },
        { if: { field: 'reason', is: 'compensation' }, text: 'Las condiciones en conjunto no se ajustan a mis necesidades en este momento.' },
        { if: { field: 'reason', is: 'current-role' }, text: 'He decidido quedarme en mi puesto actual.' },
        { if: { field: 'reason', is: 'not-right-fit' }, text: 'He llegado a la conclusión de que el puesto no es el adecuado para mí en este momento.' },
      ],
      ['{personalNote}'],
      {
        if: { field: 'stayInTouch', is: 'yes' },
        sentences: [
          'No ha sido una decisión fácil.',
          ['Tengo en gran estima a {employer} y espero que nuestros caminos vuelvan a cruzarse.', 'Espero que nuestros caminos vuelvan a cruzarse.'],
        ],
      },
      { if: { field: 'stayInTouch', is: 'no' }, sentences: ['Les deseo a usted y a su equipo mucho éxito.'] },
    ],
  },
};
