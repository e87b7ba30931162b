/** Every job field a CSV column can fill. */
export const IMPORT_FIELDS = [
  'title', 'employer', 'location', 'workplace', 'payMin', 'payMax', 'pay', 'payPeriod', 'currency', 'source', 'url',
  'jobNumber', 'postedAt', 'deadline', 'stage', 'stageAt', 'appliedAt', 'nextAction', 'nextActionDue', 'description',
  'notes', 'contactNames', 'sentDocuments', 'stageHistory', 'contactIds', 'id', 'createdAt', 'updatedAt',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The columns our export writes, in order. Record ids come last and are named so no job board's "Job ID" is taken for them. */
export const EXPORT_HEADERS: [ImportField, string][] = [
  // "Title" first: a file whose first cell is "ID" is taken for a SYLK file by Excel.
  ['title', 'Title'], ['employer', 'Employer'], ['location', 'Location'], ['workplace', 'Workplace'],
  ['payMin', 'Pay min'], ['payMax', 'Pay max'], ['payPeriod', 'Pay period'], ['currency', 'Currency'],
  ['source', 'Source'], ['url', 'URL'], ['jobNumber', 'Job number'], ['postedAt', 'Posted'], ['deadline', 'Deadline'],
  ['stage', 'Stage'], ['stageAt', 'Stage date'], ['appliedAt', 'Date applied'], ['nextAction', 'Next action'],
  ['nextActionDue', 'Next action due'], ['description', 'Description'], ['notes', 'Notes'], ['contactNames', 'Contacts'],
  ['sentDocuments', 'Documents sent'], ['stageHistory', 'Stage history'], ['contactIds', 'Career Organizer contact ids'],
  ['id', 'Career Organizer id'], ['createdAt', 'Created'], ['updatedAt', 'Updated'],
];

// Header names seen in spreadsheets people keep and in job-board exports, English and
// Spanish, folded (lower case, no accents, punctuation as spaces). Our own headers are included.
/** Header names that suggest each field (see suggestMapping). */
export const HEADER_SYNONYMS: Record<ImportField, string[]> = {
  title: ['title', 'job title', 'position', 'position title', 'role', 'job', 'job name', 'job position', 'puesto', 'titulo', 'titulo del puesto', 'cargo', 'vacante', 'nombre del puesto', 'posicion', 'empleo'],
  employer: ['employer', 'company', 'company name', 'organization', 'organisation', 'employer name', 'business', 'empresa', 'compania', 'empleador', 'nombre de la empresa', 'organizacion'],
  location: ['location', 'city', 'job location', 'place', 'address', 'ubicacion', 'ciudad', 'lugar', 'localidad', 'direccion'],
  workplace: ['workplace', 'workplace type', 'remote', 'remote or on site', 'work model', 'work arrangement', 'remote type', 'modalidad', 'modalidad de trabajo'],
  payMin: ['pay min', 'salary min', 'min salary', 'minimum pay', 'min pay', 'salary from', 'pay from', 'minimum salary', 'salario minimo', 'sueldo minimo'],
  payMax: ['pay max', 'salary max', 'max salary', 'maximum pay', 'max pay', 'salary to', 'pay to', 'maximum salary', 'salario maximo', 'sueldo maximo'],
  pay: ['pay', 'salary', 'wage', 'compensation', 'pay range', 'salary range', 'pay rate', 'rate', 'hourly rate', 'salario', 'sueldo', 'pago', 'rango salarial'],
  payPeriod: ['pay period', 'salary period', 'pay frequency', 'period', 'periodo', 'periodo de pago', 'frecuencia de pago'],
  currency: ['currency', 'moneda', 'divisa'],
  source: ['source', 'job board', 'board', 'site', 'website', 'found on', 'found via', 'platform', 'where found', 'fuente', 'origen', 'portal', 'sitio'],
  url: ['url', 'link', 'job link', 'job url', 'posting url', 'posting link', 'enlace', 'vinculo', 'liga'],
  jobNumber: ['job number', 'job id', 'requisition', 'requisition id', 'requisition number', 'req id', 'req', 'reference', 'reference number', 'posting id', 'job code', 'numero de empleo', 'numero de vacante', 'folio', 'referencia'],
  postedAt: ['posted', 'date posted', 'posted date', 'posted on', 'publication date', 'fecha de publicacion', 'publicado'],
  deadline: ['deadline', 'closing date', 'apply by', 'application deadline', 'closes', 'expires', 'expiry date', 'valid through', 'fecha limite', 'fecha de cierre', 'cierre'],
  stage: ['stage', 'status', 'application status', 'state', 'outcome', 'result', 'estado', 'estatus', 'etapa', 'situacion', 'resultado'],
  stageAt: ['stage date', 'status date', 'date of status', 'fecha de estado', 'fecha de etapa'],
  appliedAt: ['date applied', 'applied', 'applied on', 'applied date', 'application date', 'date of application', 'fecha de aplicacion', 'fecha de solicitud', 'fecha de postulacion', 'fecha aplicada', 'aplicado el'],
  nextAction: ['next action', 'next step', 'follow up', 'to do', 'todo', 'proximo paso', 'siguiente paso', 'seguimiento'],
  nextActionDue: ['next action due', 'next action date', 'follow up date', 'follow up by', 'follow up due', 'next step date', 'next step due', 'due', 'due date', 'fecha de seguimiento', 'fecha del proximo paso'],
  description: ['description', 'job description', 'details', 'summary', 'descripcion', 'detalles', 'descripcion del puesto'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'notas', 'comentarios', 'observaciones'],
  contactNames: ['contacts', 'contact', 'contact person', 'contact name', 'recruiter', 'hiring manager', 'contacto', 'contactos', 'reclutador', 'persona de contacto'],
  sentDocuments: ['documents sent', 'documentos enviados'],
  stageHistory: ['stage history', 'historial de etapas'],
  contactIds: ['career organizer contact ids'],
  id: ['career organizer id'],
  createdAt: ['created', 'created at', 'date added', 'added', 'date created', 'fecha de creacion', 'agregado'],
  updatedAt: ['updated', 'updated at', 'last updated', 'modified', 'last modified', 'actualizado'],
};
