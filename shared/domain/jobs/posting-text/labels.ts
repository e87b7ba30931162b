import { foldText } from '../../text/fold';

/** The fields a pasted posting can fill in. */
export type PostingField = 'title' | 'employer' | 'location' | 'pay' | 'workplace';

// Label words seen in postings, folded (lower case, no accents). English and Spanish first,
// then the few Japanese and Chinese ones that come up in bilingual postings.
const LABELS: Record<PostingField, string[]> = {
  title: [
    'job title', 'title', 'position', 'position title', 'job position', 'role', 'job', 'job name', 'opening',
    'puesto', 'titulo', 'titulo del puesto', 'nombre del puesto', 'cargo', 'vacante', 'posicion', 'empleo',
    '職種', '募集職種', '职位', '岗位',
  ],
  employer: [
    'company', 'company name', 'employer', 'employer name', 'organization', 'organisation', 'hiring organization',
    'hiring company', 'business', 'agency', 'empresa', 'compania', 'nombre de la empresa', 'empleador',
    'organizacion', 'contratante', '会社名', '企業名', '公司', '公司名称', '雇主',
  ],
  location: [
    'location', 'job location', 'work location', 'city', 'address', 'where', 'office', 'office location',
    'ubicacion', 'lugar', 'localidad', 'ciudad', 'direccion', 'lugar de trabajo', 'ubicacion del trabajo',
    '勤務地', '地点', '工作地点',
  ],
  pay: [
    'pay', 'salary', 'wage', 'wages', 'compensation', 'pay rate', 'rate', 'hourly rate', 'hourly pay',
    'salary range', 'pay range', 'base pay', 'base salary', 'starting pay', 'starting wage',
    'salario', 'sueldo', 'pago', 'paga', 'remuneracion', 'tarifa', 'rango salarial', 'salario por hora',
    '給与', '給料', '時給', '月給', '年収', '薪资', '薪酬', '工资', '时薪',
  ],
  workplace: [
    'workplace', 'workplace type', 'work model', 'work arrangement', 'work setting', 'location type', 'remote',
    'remote work', 'modalidad', 'modalidad de trabajo', 'tipo de lugar de trabajo', '勤務形態',
  ],
};

const BY_LABEL = new Map<string, PostingField>();
for (const [field, labels] of Object.entries(LABELS) as [PostingField, string[]][]) {
  for (const label of labels) BY_LABEL.set(label, field);
}

// "Label: value" (also the full-width colon), after bullets, quote marks, markdown and emoji.
const LABEL_LINE = /^[\s>*•·#_-]*(?:\p{Extended_Pictographic}\uFE0F?\s*)*\**\s*([^:：]{1,40}?)\s*\**\s*[:：]\s*\**\s*(.+)$/u;

/** The field a "Label: value" line names and its value; null when it is not such a line. */
export function readLabelledLine(line: string): { field: PostingField; value: string } | null {
  const m = LABEL_LINE.exec(line.slice(0, 1000));
  if (!m) return null;
  const field = BY_LABEL.get(foldText(m[1]).replace(/\s+/g, ' ').trim());
  if (!field) return null;
  const value = m[2].replace(/\*+$/, '').trim();
  return value ? { field, value } : null;
}

// What a heading looks like: no colon-free line starting with these is a job title.
const NOT_TITLES = new RegExp(
  String.raw`^(about|job description|full job description|description|overview|summary|responsibilities|` +
    String.raw`requirements|qualifications|benefits|we|we're|we are|our|join|apply|hiring|urgently hiring|job details|` +
    String.raw`posted|hi|hello|dear|descripcion|acerca|sobre|requisitos|somos|buscamos|unete|estamos|se solicita)\b`,
);

/** True for a line a person would read as a job title: short, no sentence, no link, not a heading. */
export function isTitleLike(line: string): boolean {
  const text = line.trim();
  if (text.length < 2 || text.length > 80 || !/\p{L}/u.test(text)) return false;
  if (text.split(/\s+/).length > 10 || /[.!?:：;]$/.test(text)) return false;
  if (/https?:|www\.|@|\d{3,}/i.test(text)) return false;
  return !NOT_TITLES.test(foldText(text));
}
