import { useTranslation } from 'react-i18next';
import type { MyDetails } from '../../../../../shared/domain/letters/types';
import type { LetterRecord } from '../../../../../shared/domain/messages';
import { PageHeader } from '../../../ui/PageHeader';
import { TonePanel } from '../editor/TonePanel';
import type { LetterLinks } from '../data/letter-context';
import { letterTitle } from '../list/letter-title';
import { useLetterActions } from '../list/use-letter-actions';
import { SentBanner } from '../sending/SentBanner';
import { AboutPanel } from './AboutPanel';
import { BackToLetters } from './BackToLetters';
import { LetterStep } from './LetterStep';
import { StepContent } from './StepContent';
import { StepProgress } from './StepProgress';
import { useWizard } from './use-wizard';

export interface LetterWorkspaceProps {
  initial: LetterRecord;
  me: MyDetails;
  links: LetterLinks;
}

/**
 * One letter, start to finish: the steps of its advice, then the letter in the editor with
 * the tone check beside it. A sent letter opens on the letter, read-only.
 */
export function LetterWorkspace({ initial, me, links }: LetterWorkspaceProps) {
  const { t } = useTranslation();
  const wizard = useWizard(initial, me, links);
  const { def, guide, letter, step, steps, index, furthest, heading, ctx } = wizard;
  const { duplicate } = useLetterActions();
  const titles = steps.map((s) => (s.kind === 'my-details' ? t('letters.wizard.myDetailsTitle') : (guide.steps[s.id]?.title ?? s.id)));
  const advice = step.kind === 'my-details' ? [t('letters.wizard.myDetailsAdvice')] : (guide.steps[step.id]?.advice ?? []);
  const about = [ctx.job?.title, ctx.job?.employer].filter(Boolean).join(' · ');
  return (
    <div className="page letter-page">
      <BackToLetters />
      <PageHeader title={guide.title} intro={about || guide.description} />
      {letter.sent ? (
        <SentBanner sent={letter.sent} onDuplicate={() => void duplicate(letter, letterTitle(letter, guide.title))} />
      ) : (
        <StepProgress titles={titles} index={index} furthest={furthest} onJump={(i) => wizard.goTo(i)} />
      )}
      <div className="letter-page__columns">
        <section className="letter-step" aria-labelledby="letter-step-title">
          <h2 id="letter-step-title" ref={heading} tabIndex={-1} className="letter-step__title">
            {titles[index]}
          </h2>
          {advice.map((paragraph, i) => (
            <p key={i} className="letter-step__advice">
              {paragraph}
            </p>
          ))}
          {step.kind === 'letter' ? <LetterStep wizard={wizard} /> : <StepContent wizard={wizard} />}
        </section>
        <aside className="letter-page__side">
          {/* On the letter, the tone check comes first: it is what the user looks at while writing. */}
          {step.kind === 'letter' && letter.body && !letter.sent ? <TonePanel body={letter.body} channel={def.channel} adviceLanguage={wizard.adviceLanguage} /> : null}
          <AboutPanel
            jobId={letter.jobId}
            contactId={letter.contactId}
            language={letter.language}
            readOnly={letter.status === 'sent'}
            onJob={(jobId) => void wizard.relink(jobId, letter.contactId)}
            onContact={(contactId) => void wizard.relink(letter.jobId, contactId)}
            onLanguage={wizard.changeLanguage}
          />
        </aside>
      </div>
    </div>
  );
}
