import type { LetterTypeText } from '../../text-types';

export const informationalInterview: LetterTypeText = {
  guide: {
    title: 'Pedir una entrevista informativa',
    description: 'Pida a alguien de un campo que le interesa una conversación breve.',
    documentName: 'Solicitud de entrevista informativa',
    steps: {
      prepare: {
        title: 'Prepárese',
        advice: [
          'Una entrevista informativa es una conversación breve para conocer el trabajo de alguien. La gente acepta más a menudo de lo que parece, siempre que la petición sea pequeña y clara.',
        ],
        items: {
          research: 'He leído sobre la persona y su organización, para no preguntar lo que ya dice su página web.',
          'advice-not-job': 'Pido consejo, no un empleo, y lo digo en serio.',
          questions: 'Tengo preparadas de tres a cinco preguntas, como: ¿Cómo es una semana normal? ¿Cómo empezó usted?',
          'small-ask': 'Pediré de 15 a 30 minutos, cuando y donde le venga bien: una llamada, una videollamada o un café.',
        },
      },
      who: {
        title: 'A quién escribe',
        advice: ['Diga en la primera línea cómo llegó a esa persona. Un contacto en común («María López me sugirió que le escribiera») es la mejor manera de empezar.'],
      },
      what: {
        title: 'Qué le gustaría saber',
        advice: ['Preséntese en una o dos frases y diga qué le interesa. Cuanto más concreto sea, más fácil es aceptar.'],
      },
      letter: {
        title: 'Que sea fácil decir que sí',
        advice: ['Que no pase de 150 palabras. Después, envíe una nota de agradecimiento en un día, y cuénteles más adelante si su consejo le sirvió.'],
      },
    },
    fields: {
      contactName: { label: 'Su nombre' },
      contactRole: { label: 'Su puesto (opcional)', hint: 'Por ejemplo: jefa de proyectos' },
      employer: { label: 'Dónde trabaja (opcional)' },
      howFound: { label: 'Cómo llegó a esa persona (opcional)', hint: 'Una frase completa, como: María López me sugirió que me pusiera en contacto con usted.' },
      aboutMe: { label: 'Una o dos frases sobre usted (opcional)', hint: 'Por ejemplo: Llevo ocho años en el comercio y quiero pasar a la logística.' },
      topic: { label: 'De qué le gustaría aprender', hint: 'Por ejemplo: cómo pasó a la gestión de proyectos' },
      duration: { label: 'Cuánto tiempo pedir' },
    },
    choices: {
      duration: { '15': '15 minutos', '20': '20 minutos', '30': '30 minutos' },
    },
  },
  template: {
    subject: ['¿Podría pedirle consejo? – {myName}'],
    paragraphs: [
      ['{howFound}', 'Me llamo {myName}. {aboutMe}'],
      [
        [
          'Me interesa mucho saber {topic}, y me sería muy valioso conocer su experiencia como {contactRole} en {employer}.',
          'Me interesa mucho saber {topic}, y me sería muy valioso conocer su experiencia en {employer}.',
          'Me interesa mucho saber {topic}, y me sería muy valioso conocer su experiencia.',
        ],
        'No le escribo por una vacante; simplemente le agradecería mucho su consejo.',
      ],
      ['¿Tendría {duration} minutos para una llamada breve o un café en las próximas semanas? Con gusto me adapto a su horario.'],
      ['Gracias por considerar mi petición.'],
    ],
  },
};
