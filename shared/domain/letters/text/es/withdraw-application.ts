import type { LetterTypeText } from '../../text-types';

export const withdrawApplication: LetterTypeText = {
  guide: {
    title: 'Retirar una candidatura',
    description: 'Retírese de un proceso de selección y deje una buena impresión.',
    documentName: 'Retiro de candidatura',
    steps: {
      before: {
        title: 'Antes de retirarse',
        advice: ['Retirarse es una cortesía: ahorra tiempo a la empresa y demuestra consideración. Antes, aclare esto:'],
        items: {
          sure: 'Lo tengo claro. Una vez que me retire, no me tendrán en cuenta para esta vacante.',
          now: 'Se lo digo ahora, sin esperar a que me llamen para una entrevista.',
          'other-openings': 'Sé si me gustaría que me tuvieran en cuenta para otras vacantes (puede decirlo en la carta).',
        },
      },
      details: {
        title: 'Los datos',
        advice: ['El motivo es opcional. Si lo da, basta con una frase sincera; la empresa no necesita toda la historia.'],
      },
      letter: {
        title: 'Sea breve',
        advice: [
          'Agradezca, diga que se retira y deséeles suerte. Tres párrafos cortos son suficientes. Envíelo a la persona con la que ha tenido contacto o a la dirección donde presentó la solicitud.',
        ],
      },
    },
    fields: {
      contactName: { label: 'Con quién ha tenido contacto', hint: 'Déjelo vacío si presentó la solicitud en línea y no conoce a nadie.' },
      employer: { label: 'Empresa' },
      jobTitle: { label: 'Puesto' },
      reference: { label: 'Número de referencia de la oferta (si lo hay)' },
      reason: { label: 'Motivo que dará' },
      stayInTouch: { label: '¿Quiere que le tengan en cuenta para otras vacantes?' },
      personalNote: { label: 'Algo más que quiera decir (opcional)', hint: 'Una o dos frases como mucho.' },
    },
    choices: {
      reason: {
        none: 'Ningún motivo (es normal y está bien)',
        'accepted-other': 'He aceptado otro empleo',
        'current-role': 'Me quedo en mi empleo actual',
        'other-direction': 'Voy a tomar otro rumbo',
        personal: 'Circunstancias personales',
      },
      stayInTouch: { yes: 'Sí, que me tengan en cuenta', no: 'No, solo retirarme' },
    },
  },
  template: {
    subject: ['Retiro de mi candidatura al puesto de {jobTitle} – {myName}', 'Retiro de mi candidatura – {myName}'],
    paragraphs: [
      [
        [
          'Gracias por considerar mi candidatura al puesto de {jobTitle} (referencia {reference}) en {employer}.',
          'Gracias por considerar mi candidatura al puesto de {jobTitle} en {employer}.',
          'Gracias por considerar mi candidatura en {employer}.',
        ],
      ],
      [
        'Le escribo para comunicarle que deseo retirar mi candidatura.',
        { if: { field: 'reason', is: 'accepted-other' }, text: 'He aceptado otro puesto que se ajusta mejor a mis planes.' },
        { if: { field: 'reason', is: 'current-role' }, text: 'He decidido quedarme en mi puesto actual.' },
        { if: { field: 'reason', is: 'other-direction' }, text: 'He decidido orientar mi carrera en otra dirección.' },
        { if: { field: 'reason', is: 'personal' }, text: 'Mis circunstancias personales han cambiado y ya no puedo asumir un nuevo puesto.' },
        'Quería decírselo ahora para que puedan centrarse en las demás candidaturas.',
      ],
      ['{personalNote}'],
      {
        if: { field: 'stayInTouch', is: 'yes' },
        sentences: [
          [
            'Agradezco el tiempo que han dedicado a mi candidatura, y me gustaría que me tuvieran en cuenta para futuras vacantes en {employer}.',
            'Agradezco el tiempo que han dedicado a mi candidatura, y me gustaría que me tuvieran en cuenta para futuras vacantes.',
          ],
        ],
      },
      {
        if: { field: 'stayInTouch', is: 'no' },
        sentences: ['Agradezco el tiempo que han dedicado a mi candidatura y les deseo mucho éxito en la selección.'],
      },
    ],
  },
};
