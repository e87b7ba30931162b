// The English letter text table: written by us, for job seekers in the US.
import type { LetterTextTable } from '../../text-types';
import { acceptOffer } from './accept-offer';
import { commonEn } from './common';
import { coverLetter } from './cover-letter';
import { declineInterview } from './decline-interview';
import { declineOffer } from './decline-offer';
import { followUp } from './follow-up';
import { informationalInterview } from './informational-interview';
import { referenceRequest } from './reference-request';
import { rescheduleInterview } from './reschedule-interview';
import { resignation } from './resignation';
import { thankYou } from './thank-you';
import { withdrawApplication } from './withdraw-application';
import { tableFrom } from '../table';

export const lettersEn: LetterTextTable = tableFrom('en', commonEn, {
  'decline-interview': declineInterview,
  'withdraw-application': withdrawApplication,
  'decline-offer': declineOffer,
  'accept-offer': acceptOffer,
  'thank-you': thankYou,
  'follow-up': followUp,
  'informational-interview': informationalInterview,
  'reschedule-interview': rescheduleInterview,
  'reference-request': referenceRequest,
  resignation,
  'cover-letter': coverLetter,
});
