import type { LetterTypeText } from '../../text-types';

export const resignation: LetterTypeText = {
  guide: {
    title: 'Renunciar a un empleo',
    description: 'Una carta breve y formal para irse en buenos términos.',
    documentName: 'Carta de renuncia',
    steps: {
      before: {
        title: 'Antes de renunciar',
        advice: ['La renuncia no se puede deshacer, así que siga el orden correcto:'],
        items: {
          'offer-signed': 'Mi nueva oferta está firmada y las verificaciones de las que dependía están superadas.',
          notice: 'He comprobado cuánto preaviso pide mi contrato o el reglamento. (En EE. UU. lo habitual son dos semanas).',
          'tell-first': 'Se lo diré primero a mi jefe en persona o por teléfono, y le daré la carta al mismo tiempo o justo después.',
          'keep-positive': 'Esta carta queda en mi expediente. La haré breve y positiva, y guardaré mis críticas para la entrevista de salida, si acaso.',
        },
      },
      details: {
        title: 'Los datos',
        advice: ['Dirija la carta a su jefe directo. Cuente el preaviso desde el día en que entrega la carta y compruebe su último día en el calendario.'],
      },
      'leaving-well': {
        title: 'Váyase bien',
        advice: ['Una frase de agradecimiento y el ofrecimiento de ayudar con el traspaso de su trabajo es lo que la gente recuerda. Las referencias y los futuros empleos suelen venir de antiguos compañeros.'],
      },
      letter: {
        title: 'Sea breve',
        advice: ['Una página como mucho: que renuncia, su último día, agradecimiento y ayuda con el traspaso. Imprímala y fírmela, o envíela como PDF adjunto si así se hace en su trabajo.'],
      },
    },
    fields: {
      contactName: { label: 'Su jefe o jefa' },
      contactRole: { label: 'Su cargo (opcional)' },
      employer: { label: 'Empresa' },
      recipientAddress: { label: 'Dirección de la empresa (opcional)' },
      jobTitle: { label: 'Su puesto' },
      lastDay: { label: 'Su último día de trabajo' },
      gratitude: { label: 'Qué agradece (opcional)', hint: 'Una frase, como: He aprendido muchísimo dirigiendo el equipo de fin de semana.' },
      handover: { label: '¿Ofrecer ayuda con el traspaso de su trabajo?' },
    },
    choices: {
      handover: { yes: 'Sí', no: 'No' },
    },
  },
  template: {
    subject: ['Renuncia – {myName}'],
    salutation: ['Estimado/a {contactName}:', 'A quien corresponda:'],
    paragraphs: [
      [
        [
          'Por medio de la presente le comunico formalmente mi renuncia al puesto de {jobTitle} en {employer}.',
          'Por medio de la presente le comunico formalmente mi renuncia a mi puesto en {employer}.',
        ],
        'Mi último día de trabajo será el {lastDay}.',
      ],
      [
        [
          'Le agradezco las oportunidades que he tenido aquí. {gratitude}',
          'Le agradezco las oportunidades que he tenido aquí. Ha sido un placer trabajar con usted y con el equipo.',
        ],
      ],
      {
        if: { field: 'handover', is: 'yes' },
        sentences: ['Haré todo lo posible para que la transición sea fácil, terminando mi trabajo pendiente y ayudando con el traspaso de mis responsabilidades.'],
      },
      [['Les deseo a usted y a todo el equipo de {employer} mucho éxito, y espero que sigamos en contacto.', 'Le deseo mucho éxito, y espero que sigamos en contacto.']],
    ],
  },
};
