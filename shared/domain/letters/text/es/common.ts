import type { CommonLetterText } from '../../text-types';

export const commonEs: CommonLetterText = {
  locale: 'es-US',
  salutation: ['Estimado/a {contactName}:', 'Estimado equipo de selección de {employer}:', 'Estimado equipo de selección:'],
  closing: { email: 'Un cordial saludo,', letter: 'Atentamente,' },
  referrerNote: {
    subject: ['El puesto de {jobTitle} en {employer}', 'Mi candidatura en {employer}'],
    salutation: ['Hola, {referrerName}:'],
    paragraphs: [
      [
        [
          'Quería contarte que he decidido retirarme del proceso de selección para el puesto de {jobTitle} en {employer}, y ya se lo he comunicado a ellos.',
          'Quería contarte que he decidido retirarme del proceso de selección en {employer}, y ya se lo he comunicado a ellos.',
        ],
      ],
      ['Muchas gracias por recomendarme. Significó mucho para mí, y no quería que te enteraras por otra persona.'],
      ['Espero que nos veamos pronto.'],
    ],
    closing: 'Un abrazo,',
  },
  phoneScript: [
    [
      ['Hola, {contactName}, soy {myName}.', 'Hola, soy {myName}.'],
      [
        'Le llamo por mi entrevista para el puesto de {jobTitle} del {interviewDate}.',
        'Le llamo por mi entrevista para el puesto de {jobTitle}.',
        'Le llamo por mi entrevista en {employer}.',
      ],
    ],
    ['Gracias de nuevo por la invitación. Después de pensarlo bien, he decidido retirarme del proceso, y quería decírselo personalmente.'],
    ['Le agradezco mucho el tiempo que ha dedicado a mi candidatura, y espero que sigamos en contacto. También le enviaré un correo breve para que quede por escrito.'],
  ],
  urgency: {
    passed: 'La hora de la entrevista ya pasó. Si no fue, escriba hoy de todos modos: una disculpa breve y una respuesta clara dejan mucha mejor impresión que el silencio.',
    today: 'Su entrevista es hoy. Llame ahora si puede, porque quizá no lean un correo a tiempo, y envíe después el correo para que quede por escrito.',
    tomorrow: 'Su entrevista es mañana. Avíseles hoy. Lo más seguro es una llamada, seguida de este correo.',
    soon: 'Su entrevista es dentro de {days} días. Envíe su mensaje hoy, para que puedan ofrecer la cita a otra persona.',
    later: 'Su entrevista es el {date}. Tiene tiempo, pero no espere: avíseles en cuanto lo haya decidido.',
    unknown: 'Avíseles en cuanto lo haya decidido. La empresa quiere cubrir el puesto, y una respuesta rápida le permite seguir adelante.',
  },
  tone: {
    'burning-bridges': {
      reason: 'Esto podría quemar un puente. Las empresas lo recuerdan, y los responsables de contratación cambian de empresa.',
      suggestion: 'Quítelo, o dé las gracias en su lugar. «He decidido retirarme» es suficiente.',
    },
    criticism: {
      reason: 'Esto critica a la empresa. Ahora no cambiará nada, y puede que lo recuerden.',
      suggestion: 'Quítelo. Si tiene que dar un motivo, diga lo que usted necesita, no lo que ellos hicieron mal.',
    },
    'over-explaining': {
      reason: 'Quizá sea más de lo que la empresa necesita saber. Sus asuntos personales son suyos.',
      suggestion: 'Basta con una frase general, como «Mis circunstancias han cambiado».',
    },
    apologising: {
      reason: 'Demasiadas disculpas hacen que la carta suene insegura. Usted tiene derecho a tomar esta decisión.',
      suggestion: 'Discúlpese una vez como mucho y después dé las gracias: «Gracias por su comprensión».',
    },
    shouting: {
      reason: 'Las mayúsculas y los signos de exclamación repetidos se leen como gritos en una carta.',
      suggestion: 'Use mayúsculas normales y termine la frase con un solo punto. Deje que sus palabras transmitan el sentimiento.',
    },
    'too-long': {
      reason: 'Es largo para lo que tiene que decir.',
      suggestion: 'Redúzcalo a lo esencial: gracias, su mensaje y una despedida amable.',
    },
  },
  tooLongReason: 'Con {words} palabras es largo: la gente suele leer por encima a partir de unas {limit}.',
  pageNumber: 'Página {page} de {pages}',
};
