// Every letter type filled with believable details, for `npm run letters:samples` and the
// layout tests. The names cover the scripts the fonts must handle: José Müller-Nguyễn
// (accents and Vietnamese), Zoë Ελένη (Greek) and 李小龙 (Chinese).
import {
  LETTER_TYPES,
  initialValues,
  letterFileName,
  renderLetter,
  secondNote,
  toLetterDocument,
  type LetterContext,
  type LetterDocument,
  type LetterLanguage,
  type LetterTypeId,
} from '../../../shared/domain/letters';

export interface SampleLetter {
  /** A file name without extension, such as "en - Thank-you letter - Riverside Logistics". */
  baseName: string;
  type: LetterTypeId | 'referrer-note';
  language: LetterLanguage;
  document: LetterDocument;
  /** Names that must appear in the file, whatever the layout. */
  names: string[];
}

export const SAMPLE_NAMES = { sender: 'José Müller-Nguyễn', greek: 'Zoë Ελένη Papadopoulou', chinese: '李小龙' } as const;

const ME = {
  name: SAMPLE_NAMES.sender,
  email: 'jose.muller@example.org',
  phone: '(206) 555-0142',
  address: '1200 Pine Street, Apt 4\nSeattle, WA 98101',
  links: ['linkedin.com/in/jose-muller-nguyen'],
};

/** Answers a user would type, per language; dates are in the same week as "today". */
const ANSWERS: Record<LetterLanguage, Record<string, string>> = {
  en: {
    interviewDate: '2025-03-14',
    startDate: '2025-04-01',
    appliedOn: '2025-02-24',
    lastDay: '2025-03-28',
    deadline: '2025-03-21',
    personalNote: 'It was a pleasure to meet the team at the open day in February.',
    recipientAddress: '400 River Road\nKent, WA 98032',
    fitPoint: 'I have led a night shift of twelve people for three years, and we have not missed a dispatch window since I started.',
    salary: '$52,000 a year',
    otherTerms: 'Two days a week working from home.\nA pay review after six months.',
    highlight: 'the plans for the new cold-storage hall',
    howFound: 'Maria Lopez at the Seattle job center suggested I get in touch with you.',
    aboutMe: 'I have worked in retail for eight years, and I am moving into logistics.',
    topic: 'how you moved into supply-chain planning',
    availability: 'Tuesday, March 18, any time after 10 a.m.\nWednesday, March 19, before 2 p.m.\nFriday, March 21, any time',
    workplace: 'Harbor Freight Services',
    highlights: 'How I trained the new staff on the scanners.\nThe safety audit I led in 2023.',
    gratitude: 'I have learned a great deal from leading the weekend team.',
    foundVia: 'WorkSource Washington',
    whyThem: 'Your work delivering fresh food from local farms to schools is something I would be proud to be part of.',
    strengths:
      'The posting asks for someone who can run a team, keep stock accurate and stay calm at peak times. I have done all three: I lead a team of twelve, our stock counts have been 99.6% accurate for two years, and I trained the team that handled our holiday peak.',
    achievement: 'Last year I reorganized our stockroom by how often items are picked, and picking errors fell by a third within two months.',
  },
  es: {
    interviewDate: '2025-03-14',
    startDate: '2025-04-01',
    appliedOn: '2025-02-24',
    lastDay: '2025-03-28',
    deadline: '2025-03-21',
    personalNote: 'Fue un placer conocer al equipo en la jornada de puertas abiertas de febrero.',
    recipientAddress: '400 River Road\nKent, WA 98032',
    fitPoint: 'Llevo tres años dirigiendo un turno de noche de doce personas, y desde que empecé no hemos perdido ni una salida.',
    salary: '52.000 dólares al año',
    otherTerms: 'Dos días a la semana desde casa.\nUna revisión del sueldo a los seis meses.',
    highlight: 'los planes para la nueva nave frigorífica',
    howFound: 'María López, del centro de empleo de Seattle, me sugirió que me pusiera en contacto con usted.',
    aboutMe: 'Llevo ocho años en el comercio y quiero pasar a la logística.',
    topic: 'cómo pasó a la planificación de la cadena de suministro',
    availability: 'martes 18 de marzo, a partir de las 10 de la mañana\nmiércoles 19 de marzo, antes de las 2 de la tarde\nviernes 21 de marzo, a cualquier hora',
    workplace: 'Harbor Freight Services',
    highlights: 'Cómo formé al personal nuevo en el uso de los escáneres.\nLa auditoría de seguridad que dirigí en 2023.',
    gratitude: 'He aprendido muchísimo dirigiendo el equipo de fin de semana.',
    foundVia: 'WorkSource Washington',
    whyThem: 'Su trabajo llevando alimentos frescos de las granjas locales a las escuelas es algo de lo que me enorgullecería formar parte.',
    strengths:
      'La oferta pide a alguien que sepa dirigir un equipo, mantener el inventario exacto y conservar la calma en los momentos de más trabajo. He hecho las tres cosas: dirijo un equipo de doce personas, nuestros recuentos de inventario tienen una exactitud del 99,6 % desde hace dos años y formé al equipo que atendió la campaña de Navidad.',
    achievement: 'El año pasado reorganicé el almacén según la frecuencia con que se recoge cada artículo, y los errores de preparación bajaron un tercio en dos meses.',
  },
};

/** Every letter type in English and Spanish, plus decline-interview's note to the referrer. */
export function sampleLetters(languages: LetterLanguage[] = ['en', 'es']): SampleLetter[] {
  const samples: SampleLetter[] = [];
  for (const language of languages) {
    LETTER_TYPES.forEach((type, index) => {
      // Half the letters go to the Greek name and half to the Chinese one, so both scripts are laid out as recipients.
      const contactName = index % 2 === 0 ? SAMPLE_NAMES.greek : SAMPLE_NAMES.chinese;
      const ctx: LetterContext = {
        me: ME,
        today: '2025-03-10',
        job: { title: language === 'en' ? 'Warehouse Lead' : 'Jefe de almacén', employer: 'Riverside Logistics', reference: 'WL-2291' },
        contact: { name: contactName, role: language === 'en' ? 'Operations Manager' : 'Gerente de operaciones', email: 'hiring@riverside.example' },
        referrer: { name: SAMPLE_NAMES.chinese },
        interviewAt: '2025-03-14T10:00:00',
      };
      const values = { ...initialValues(type, ctx) };
      for (const field of type.fields) {
        if (ANSWERS[language][field.id] !== undefined && !values[field.id]) values[field.id] = ANSWERS[language][field.id];
        // Show a reason where there is one to show: the first real option, not "none".
        if (field.kind === 'choice' && field.id === 'reason') values[field.id] = field.choices![1];
      }
      const body = renderLetter(type, values, ctx, language);
      const document = toLetterDocument(type, values, ctx, language, body);
      const baseName = `${language} - ${letterFileName(type, ctx, 'pdf', language).replace(/\.pdf$/, '')}`;
      samples.push({ baseName, type: type.id, language, document, names: [SAMPLE_NAMES.sender, contactName] });

      if (type.id === 'decline-interview') {
        const note = secondNote(values, ctx, language)!;
        const noteDoc: LetterDocument = { ...document, recipient: { name: SAMPLE_NAMES.chinese }, body: note };
        samples.push({ baseName: `${baseName} - note to referrer`, type: 'referrer-note', language, document: noteDoc, names: [SAMPLE_NAMES.sender, SAMPLE_NAMES.chinese] });
      }
    });
  }
  return samples;
}
