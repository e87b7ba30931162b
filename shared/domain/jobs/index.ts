// The job pipeline's pure logic: types and schemas, timeline, reapply warning, filters, paste parsing.
export * from './calendar-date';
export * from './contact';
export * from './employer';
export * from './filter';
export * from './job';
export * from './pay';
export * from './reapply';
export * from './saved-search';
export * from './stage-change';
export * from './stages';
export * from './step-order';
export * from './timeline';
export { parsePostingText, type Confidence, type Guess, type PostingGuess } from './posting-text/parse-posting';
export { readPay, parseAmount, findPayPeriod, type PayReading } from './posting-text/pay-text';
export { readWorkplace } from './posting-text/line-shapes';
export { fieldsFromPosting } from './from-posting';
