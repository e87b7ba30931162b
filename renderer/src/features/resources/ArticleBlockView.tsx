import { useId } from 'react';
import { Lightbulb } from 'lucide-react';
import type { ArticleBlock } from './articles';
import { Checklist } from './Checklist';
import { LinkListByIds } from './LinkList';
import { useUiLanguage } from './use-ui-language';

/** One block of an article section; `checklistKey` keeps each checklist's ticks apart. */
export function ArticleBlockView({ block, checklistKey }: { block: ArticleBlock; checklistKey: string }) {
  const uiLang = useUiLanguage();
  switch (block.type) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list':
      return (
        <ul className="article__list">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'steps':
      return (
        <ol className="article__list">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      );
    case 'checklist':
      return <Checklist items={block.items} storageKey={checklistKey} />;
    case 'sample':
      return <Sample label={block.label} lines={block.lines} />;
    case 'tip':
      return (
        <p className="article__tip">
          <Lightbulb className="article__tip-icon" aria-hidden="true" focusable="false" />
          <span>{block.text}</span>
        </p>
      );
    case 'links':
      // Link names and descriptions are UI text, so they carry the UI language, not the article's.
      return (
        <div lang={uiLang}>
          <LinkListByIds ids={block.ids} />
        </div>
      );
  }
}

/** A sample letter or script as a quotation, named by its caption (not every screen reader does that by itself). */
function Sample({ label, lines }: { label: string; lines: readonly string[] }) {
  const captionId = useId();
  return (
    <figure className="article__sample" aria-labelledby={captionId}>
      <figcaption id={captionId} className="article__sample-label">
        {label}
      </figcaption>
      <blockquote className="article__sample-text">
        {lines.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
      </blockquote>
    </figure>
  );
}
