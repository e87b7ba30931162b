import type { LetterTypeText } from '../../text-types';

export const rescheduleInterview: LetterTypeText = {
  guide: {
    title: 'Cambiar la fecha de una entrevista',
    description: 'Mueva una entrevista sin perder la buena voluntad de la empresa.',
    documentName: 'Solicitud de cambio de entrevista',
    steps: {
      'act-quickly': {
        title: 'Actúe rápido',
        advice: [
          'Pídalo en cuanto lo sepa. Con un día de aviso o más, la mayoría de las empresas cambian la entrevista sin problema. Con menos, llame primero y envíe después este correo.',
          'Intente cambiarla solo una vez. Una segunda petición puede dar la impresión de que no le interesa de verdad.',
        ],
      },
      'new-times': {
        title: 'Proponga otros horarios',
        advice: ['Proponga dos o tres horarios concretos en la próxima semana, para que solo tengan que elegir uno. «Cualquier día de la semana que viene» les deja el trabajo a ellos.'],
      },
      details: {
        title: 'Los datos',
        advice: ['Un motivo breve ayuda, pero que sea general. La empresa no necesita detalles médicos ni familiares.'],
      },
      letter: {
        title: 'Discúlpese una vez',
        advice: ['Pida disculpas una vez, no tres, y demuestre que sigue queriendo el puesto. Seguro y breve es el tono adecuado.'],
      },
    },
    fields: {
      contactName: { label: 'Quién organizó la entrevista' },
      employer: { label: 'Empresa' },
      jobTitle: { label: 'Puesto' },
      interviewDate: { label: 'Fecha actual de la entrevista' },
      reason: { label: 'Motivo que dará' },
      availability: { label: 'Horarios que le vienen bien', hint: 'Uno por línea. Por ejemplo: martes 14 de mayo, a partir de las 10 de la mañana.' },
    },
    choices: {
      reason: {
        none: 'Ningún motivo',
        conflict: 'Me ha surgido algo que no puedo mover',
        illness: 'No me encuentro bien',
        family: 'Un asunto familiar',
      },
    },
  },
  template: {
    subject: ['Cambio de fecha de mi entrevista para el puesto de {jobTitle} – {myName}', 'Cambio de fecha de mi entrevista – {myName}'],
    paragraphs: [
      [
        [
          'Gracias de nuevo por invitarme a la entrevista para el puesto de {jobTitle} en {employer} el {interviewDate}.',
          'Gracias de nuevo por invitarme a la entrevista para el puesto de {jobTitle} en {employer}.',
          'Gracias de nuevo por invitarme a la entrevista para el puesto de {jobTitle}.',
          'Gracias de nuevo por invitarme a una entrevista en {employer}.',
        ],
      ],
      [
        'Lamentablemente, necesito preguntarle si podríamos pasar la entrevista a otro momento.',
        { if: { field: 'reason', is: 'conflict' }, text: 'Me ha surgido un compromiso que no puedo cambiar.' },
        { if: { field: 'reason', is: 'illness' }, text: 'No me encuentro bien, y quiero estar en plena forma cuando nos veamos.' },
        { if: { field: 'reason', is: 'family' }, text: 'Un asunto familiar requiere mi atención ese día.' },
        'Disculpe las molestias que esto pueda causarle.',
      ],
      ['Tengo disponibilidad en los siguientes horarios:\n{availability}'],
      ['Si ninguno le viene bien, con gusto me adapto a su agenda.'],
      ['Mantengo todo mi interés en el puesto y espero con ganas nuestra conversación.'],
    ],
  },
};
