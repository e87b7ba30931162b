import { describe, expect, it } from 'vitest';
import {
  describeIssues,
  emptyJobFields,
  JobFieldsSchema,
  JobPatchSchema,
  PaySchema,
  StageChangeSchema,
  TEXT_LIMIT,
  type JobFields,
} from '../../../../../shared/domain/jobs';

const fields = (over: Partial<JobFields> = {}): JobFields => ({ ...emptyJobFields(), title: 'Cook', ...over });
const TEXT_KEYS = ['title', 'employer', 'location', 'source', 'jobNumber', 'description', 'notes'] as const;

describe('job schema', () => {
  it('accepts a job with every text field 100 KB long', () => {
    const big = 'é'.repeat(TEXT_LIMIT);
    const job = fields(Object.fromEntries(TEXT_KEYS.map((k) => [k, big])));
    job.url = `https://example.com/${'a'.repeat(TEXT_LIMIT - 20)}`;
    job.nextAction = { text: big, due: '2024-03-05' };
    expect(JobFieldsSchema.safeParse(job).success).toBe(true);
  });

  it('refuses one character more with a message that names the field', () => {
    const result = JobFieldsSchema.safeParse(fields({ notes: 'x'.repeat(TEXT_LIMIT + 1) }));
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error)).toBe('notes: The notes is longer than 100 KB; please shorten it.');
  });

  it('needs a title, a web link and real dates', () => {
    expect(JobFieldsSchema.safeParse(fields({ title: '   ' })).success).toBe(false);
    expect(JobFieldsSchema.safeParse(fields({ url: 'javascript:alert(1)' })).success).toBe(false);
    expect(JobFieldsSchema.safeParse(fields({ url: 'file:///etc/passwd' })).success).toBe(false);
    expect(JobFieldsSchema.safeParse(fields({ url: 'HTTPS://jobs.example.com/1' })).success).toBe(true);
    expect(JobFieldsSchema.safeParse(fields({ deadline: '2024-02-30' })).success).toBe(false);
  });

  it('keeps names with accents, CJK and emoji exactly', () => {
    const job = fields({ title: 'Técnico 🚜', employer: '株式会社ヤマト運輸 🍕' });
    expect(JobFieldsSchema.parse(job)).toEqual(job);
  });

  it('checks pay ranges and sent documents', () => {
    expect(PaySchema.safeParse({ min: 22, max: 18, period: 'hour', currency: 'USD' }).success).toBe(false);
    expect(PaySchema.safeParse({ min: null, max: null, period: 'hour', currency: 'USD' }).success).toBe(false);
    expect(PaySchema.safeParse({ min: -1, max: 5, period: 'hour', currency: 'USD' }).success).toBe(false);
    expect(PaySchema.safeParse({ min: null, max: 25, period: null, currency: 'usd' }).success).toBe(false);
    const sent = [{ documentId: 'doc-abc123', versionId: 'ver-abc123', sentAt: '2024-03-05' }];
    expect(JobFieldsSchema.safeParse(fields({ sentDocuments: sent })).success).toBe(true);
    expect(JobFieldsSchema.safeParse(fields({ sentDocuments: [{ ...sent[0], documentId: '../x' }] })).success).toBe(false);
  });

  it('a patch never fills in fields it does not mention', () => {
    expect(JobPatchSchema.parse({ notes: 'Called back' })).toEqual({ notes: 'Called back' });
    expect(JobPatchSchema.safeParse({ stage: 'offer' }).success).toBe(false);
  });

  it('keeps stage notes on one line', () => {
    const base = { id: 'change-1', jobId: 'job-0001', stage: 'applied', at: '2024-03-05', note: 'ok', createdAt: '2024-03-05T10:00:00.000Z' };
    expect(StageChangeSchema.safeParse(base).success).toBe(true);
    expect(StageChangeSchema.safeParse({ ...base, note: 'two\nlines' }).success).toBe(false);
  });
});
