import { splitHighlights } from '../highlight';

/** A search snippet with the matching words in <mark>: built as elements, never as HTML. */
export function Highlighted(props: { text: string; ranges: ReadonlyArray<readonly [number, number]>; id?: string; className?: string }) {
  const { text, ranges, id, className = 'doc-option__snippet' } = props;
  return (
    <span className={className} id={id}>
      {splitHighlights(text, ranges).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}
