import type { LetterTypeText } from '../../text-types';

export const declineInterview: LetterTypeText = {
  guide: {
    title: 'Rechazar una entrevista',
    description: 'Diga que no a una entrevista con cortesía, a tiempo y sin cerrar la puerta.',
    documentName: 'Rechazo de entrevista',
    steps: {
      'be-sure': {
        title: 'Asegúrese',
        advice: [
          'Rechazar una entrevista está bien, pero una vez que lo hace, esa puerta suele cerrarse para este puesto. Tómese dos minutos para comprobar que la decisión es realmente suya.',
          'Marque lo que ya ha pensado. No es un examen: son las preguntas que la gente más a menudo desearía haberse hecho.',
        ],
        items: {
          'concrete-reason': 'Tengo un motivo concreto, no solo nervios ante algo nuevo. (Las entrevistas también sirven de práctica, aunque tenga dudas).',
          negotiable: 'Me he preguntado si el obstáculo, como el sueldo, el trayecto o el horario, se podría negociar.',
          'other-role': 'He comprobado si otro puesto en la misma empresa me convendría más.',
          'ask-around': 'He preguntado a alguien que conoce a la empresa, o he leído lo que opinan sus empleados.',
        },
      },
      'act-quickly': {
        title: 'Actúe rápido',
        advice: [
          'La empresa quiere cubrir el puesto. Avíseles en cuanto lo haya decidido, para que puedan ofrecer su cita a otra persona. Nunca deje simplemente de presentarse: la gente lo recuerda, y los responsables de contratación cambian de empresa.',
          'Para la mayoría de los empleos basta con un correo. Para un puesto de responsabilidad, o si parece que usted es su candidato favorito, llame a la persona que le invitó y envíe después el correo para que quede por escrito.',
          'Si alguien le recomendó para este empleo, avísele también, antes de que se entere por la empresa.',
        ],
      },
      details: {
        title: 'Los datos',
        advice: [
          'Revise los nombres. No hace falta dar un motivo: «He decidido retirarme del proceso» es suficiente. Si quiere darlo, que sea una sola frase amable.',
        ],
      },
      letter: {
        title: 'Sea amable',
        advice: [
          'Agradezca su tiempo y su consideración, diga con claridad que se retira y deje la puerta abierta. No critique a la empresa ni el proceso, aunque tenga motivos.',
          'Léalo una vez como si fuera quien lo recibe. Breve y cálido es lo mejor.',
        ],
      },
    },
    fields: {
      contactName: { label: 'Quién le invitó a la entrevista', hint: 'Por ejemplo: María López. Déjelo vacío si no sabe el nombre.' },
      employer: { label: 'Empresa' },
      jobTitle: { label: 'Puesto' },
      interviewDate: { label: 'Fecha de la entrevista' },
      channel: { label: '¿Cómo se lo dirá primero?' },
      referrerName: { label: 'Quién le recomendó (si alguien lo hizo)', hint: 'También le escribiremos una nota breve.' },
      reason: { label: 'Motivo que dará' },
      personalNote: { label: 'Algo más que quiera decir (opcional)', hint: 'Una o dos frases como mucho.' },
    },
    choices: {
      channel: { email: 'Por correo electrónico', phone: 'Por teléfono y luego por correo' },
      reason: {
        none: 'Ningún motivo (es normal y está bien)',
        'accepted-other': 'He aceptado otro empleo',
        'current-role': 'Me quedo en mi empleo actual',
        'other-direction': 'Voy a tomar otro rumbo',
        timing: 'No es buen momento',
      },
    },
  },
  template: {
    subject: ['Entrevista para el puesto de {jobTitle} – {myName}', 'Entrevista en {employer} – {myName}'],
    paragraphs: [
      [
        [
          'Muchas gracias por invitarme a la entrevista para el puesto de {jobTitle} en {employer} el {interviewDate}, y por el tiempo que han dedicado a considerar mi candidatura.',
          'Muchas gracias por invitarme a la entrevista para el puesto de {jobTitle} en {employer}, y por el tiempo que han dedicado a considerar mi candidatura.',
          'Muchas gracias por invitarme a una entrevista en {employer}, y por el tiempo que han dedicado a considerar mi candidatura.',
        ],
      ],
      [
        'Después de pensarlo detenidamente, he decidido retirarme del proceso de selección.',
        { if: { field: 'reason', is: 'accepted-other' }, text: 'He aceptado otro puesto que se ajusta mejor a este momento de mi carrera.' },
        { if: { field: 'reason', is: 'current-role' }, text: 'He decidido quedarme en mi puesto actual.' },
        { if: { field: 'reason', is: 'other-direction' }, text: 'He decidido orientar mi carrera en otra dirección.' },
        { if: { field: 'reason', is: 'timing' }, text: 'En este momento no me es posible hacer un cambio.' },
        'Quería comunicárselo cuanto antes para que puedan organizar sus entrevistas.',
      ],
      ['{personalNote}'],
      [
        [
          'Me ha gustado mucho conocer {employer} y espero que nuestros caminos vuelvan a cruzarse. Me encantaría seguir en contacto.',
          'Espero que nuestros caminos vuelvan a cruzarse. Me encantaría seguir en contacto.',
        ],
      ],
    ],
  },
};
