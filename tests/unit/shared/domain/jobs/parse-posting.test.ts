import { describe, expect, it } from 'vitest';
import { parsePostingText, type Confidence, type PostingGuess } from '../../../../../shared/domain/jobs';

type Expect = {
  title?: [string, Confidence] | null;
  employer?: [string, Confidence] | null;
  location?: [string, Confidence] | null;
  pay?: [number | null, number | null, string | null, string, Confidence] | null;
  workplace?: [string, Confidence] | null;
};

// Realistic pastes: what people copy from job boards, job-centre listings and emails.
// A field set to null must NOT be guessed; a field left out is not checked.
const CASES: [string, string, Expect][] = [
  ['labelled English block', 'Job title: Forklift Operator\nCompany: Acme Logistics\nLocation: Kent, WA\nPay: $18–$22 an hour',
    { title: ['Forklift Operator', 'high'], employer: ['Acme Logistics', 'high'], location: ['Kent, WA', 'high'], pay: [18, 22, 'hour', 'USD', 'high'] }],
  ['yearly range with commas', 'Position: Office Manager\nEmployer: Rainier Dental LLC\nSalary: $55,000 - $65,000 a year',
    { title: ['Office Manager', 'high'], employer: ['Rainier Dental LLC', 'high'], pay: [55000, 65000, 'year', 'USD', 'high'] }],
  ['bare number with /hr', 'Title: Cashier\nPay: 20.50/hr', { title: ['Cashier', 'high'], pay: [20.5, 20.5, 'hour', 'USD', 'high'] }],
  ['Spanish labels and por hora', 'Puesto: Cajero\nEmpresa: Supermercado La Estrella\nUbicación: Yakima, WA\nSalario: $18 por hora',
    { title: ['Cajero', 'high'], employer: ['Supermercado La Estrella', 'high'], location: ['Yakima, WA', 'high'], pay: [18, 18, 'hour', 'USD', 'high'] }],
  ['Spanish range with decimal comma and euros', 'Título del puesto: Camarera de pisos\nCompañía: Hoteles Peñíscola S.A.\nSueldo: 1.250,50 € al mes',
    { title: ['Camarera de pisos', 'high'], employer: ['Hoteles Peñíscola S.A.', 'high'], pay: [1250.5, 1250.5, 'month', 'EUR', 'high'] }],
  ['accents kept in values', 'Job title: Técnico de mantenimiento\nCompany: Café Olé Crêperie\nLocation: Wenatchee, WA',
    { title: ['Técnico de mantenimiento', 'high'], employer: ['Café Olé Crêperie', 'high'], location: ['Wenatchee, WA', 'high'] }],
  ['Japanese company with full-width colon', '職種：倉庫スタッフ\n会社名：株式会社ヤマト運輸\n勤務地：東京都江東区\n時給：1,200円',
    { title: ['倉庫スタッフ', 'high'], employer: ['株式会社ヤマト運輸', 'high'], location: ['東京都江東区', 'high'], pay: [1200, 1200, 'hour', 'JPY', 'high'] }],
  ['Chinese company in an English posting', 'Job title: Bilingual Customer Service Rep\nCompany: 华为技术有限公司 (Huawei)\nLocation: Bellevue, WA (Hybrid)',
    { employer: ['华为技术有限公司 (Huawei)', 'high'], location: ['Bellevue, WA', 'high'], workplace: ['hybrid', 'medium'] }],
  ['emoji bullets', '🚜 Forklift Driver\n🏢 Company: 🍕 Pizza Palace\n📍 Spokane, WA\n💰 $19/hour',
    { title: ['Forklift Driver', 'low'], employer: ['🍕 Pizza Palace', 'high'], location: ['Spokane, WA', 'medium'], pay: [19, 19, 'hour', 'USD', 'medium'] }],
  ['Indeed header block', 'Warehouse Associate\nAmazon\n3.5 out of 5 stars\nKent, WA 98032\n$18.50 - $21 an hour - Full-time\n\nFull job description\nWe are looking for...',
    { title: ['Warehouse Associate', 'low'], employer: ['Amazon', 'low'], location: ['Kent, WA 98032', 'medium'], pay: [18.5, 21, 'hour', 'USD', 'medium'] }],
  ['Indeed remote-in line', 'Customer Support Specialist\nZillow\nRemote in Seattle, WA\n$22 an hour',
    { title: ['Customer Support Specialist', 'low'], location: ['Seattle, WA', 'medium'], workplace: ['remote', 'medium'], pay: [22, 22, 'hour', 'USD', 'medium'] }],
  ['hybrid remote line', 'Data Entry Clerk\nKing County\nHybrid remote in Seattle, WA 98104',
    { location: ['Seattle, WA 98104', 'medium'], workplace: ['hybrid', 'medium'] }],
  ['title at employer', 'Barista at Starbucks\nWe are hiring friendly people.', { title: ['Barista', 'low'], employer: ['Starbucks', 'low'] }],
  ['k salaries', 'Role: Junior Developer\nCompensation: $55k–$65k per year', { title: ['Junior Developer', 'high'], pay: [55000, 65000, 'year', 'USD', 'high'] }],
  ['up to', 'Title: Delivery Driver\nPay: Up to $25/hr', { pay: [null, 25, 'hour', 'USD', 'high'] }],
  ['starting at', 'Title: Line Cook\nStarting at $17.50 per hour plus tips', { pay: [17.5, null, 'hour', 'USD', 'medium'] }],
  ['markdown bold labels', '**Job Title:** Medical Assistant\n**Company:** MultiCare Health\n**Location:** Tacoma, WA',
    { title: ['Medical Assistant', 'high'], employer: ['MultiCare Health', 'high'], location: ['Tacoma, WA', 'high'] }],
  ['no period means lower confidence', 'Title: Painter\nPay: $25', { pay: [25, 25, null, 'USD', 'medium'] }],
  ['unlabelled pay without period is a hunch', 'Painter\nJob pays $3,000 total for the project', { pay: [3000, 3000, null, 'USD', 'low'] }],
  ['bonuses are not pay', 'Title: Nurse\n$5,000 sign-on bonus!\nPay: $45 an hour', { pay: [45, 45, 'hour', 'USD', 'high'] }],
  ['401(k) is not pay', 'Benefits include 401(k) with 4% match and 2 weeks PTO', { pay: null }],
  ['heading first line is not a title', 'About the job\nWe need a reliable driver for our team.', { title: null, employer: null }],
  ['sentence first line is not a title', 'We are looking for a motivated cashier to join our store team.', { title: null }],
  ['About <employer> heading', 'Forklift Operator\n\nAbout Boeing\nBoeing is an aerospace company.', { employer: ['Boeing', 'medium'] }],
  ['MXN and Spanish range', 'Vacante: Ayudante general\nEmpresa: Grupo Bimbo\nSueldo: MX$9,000 a MX$11,000 mensuales',
    { title: ['Ayudante general', 'high'], pay: [9000, 11000, 'month', 'MXN', 'high'] }],
  ['workplace label', 'Title: Bookkeeper\nWorkplace type: Remote\nLocation: Anywhere in the US', { workplace: ['remote', 'high'], location: ['Anywhere in the US', 'high'] }],
  ['Spanish modalidad', 'Puesto: Recepcionista\nModalidad: Presencial\nLugar: Pasco, WA', { workplace: ['on-site', 'high'], location: ['Pasco, WA', 'high'] }],
  ['location only says remote', 'Title: Tutor\nLocation: Remote', { location: null, workplace: ['remote', 'medium'] }],
  ['CRLF and extra spaces', '  Job title:   Welder  \r\n  Company:  Northwest Pipe  \r\n', { title: ['Welder', 'high'], employer: ['Northwest Pipe', 'high'] }],
  ['nothing clear', 'Great opportunity! Apply today and start next week.', { title: null, employer: null, location: null, pay: null, workplace: null }],
  ['empty text', '', { title: null, employer: null, location: null, pay: null }],
  ['labelled beats unlabelled', 'Sales Associate\nTarget\nJob title: Seasonal Sales Associate\nCompany: Target Corporation',
    { title: ['Seasonal Sales Associate', 'high'], employer: ['Target Corporation', 'high'] }],
  ['yearly written as annually with USD after', 'Title: Analyst\nSalary: 70,000 USD annually', { pay: [70000, 70000, 'year', 'USD', 'high'] }],
];

function check(guess: PostingGuess, want: Expect): void {
  for (const field of ['title', 'employer', 'location', 'workplace'] as const) {
    const w = want[field];
    if (w === undefined) continue;
    if (w === null) expect(guess[field], field).toBeUndefined();
    else expect({ value: guess[field]?.value, confidence: guess[field]?.confidence }, field).toEqual({ value: w[0], confidence: w[1] });
  }
  if (want.pay === null) expect(guess.pay).toBeUndefined();
  else if (want.pay) {
    const [min, max, period, currency, confidence] = want.pay;
    expect({ ...guess.pay?.value, confidence: guess.pay?.confidence }).toEqual({ min, max, period, currency, confidence });
  }
}

describe('parsePostingText', () => {
  it.each(CASES)('%s', (_name, text, want) => check(parsePostingText(text), want));

  it('tells which line each guess came from', () => {
    const guess = parsePostingText('\nIntro\nCompany: Acme\nPay: $20/hr');
    expect(guess.employer?.line).toBe(2);
    expect(guess.pay?.line).toBe(3);
  });

  it('copes with a 100 KB paste quickly and without guessing from a giant line', () => {
    const text = `Job title: Cook\n${'x'.repeat(100_000)}\nCompany: Diner`;
    const started = performance.now();
    const guess = parsePostingText(text);
    expect(performance.now() - started).toBeLessThan(500);
    expect(guess.title?.value).toBe('Cook');
    expect(guess.employer?.value).toBe('Diner');
  });
});
