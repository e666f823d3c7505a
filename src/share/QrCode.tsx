/**
 * A QR code as inline SVG, black on white with the quiet zone drawn in white, so it scans on a
 * dark page, on paper and on a meeting-room screen alike. It scales with CSS (viewBox), and uses
 * no style attribute (strict CSP).
 */
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { qrMatrix, qrSvgPath } from './qr.ts';

export function QrCode(props: { text: string; label: string; class?: string }): JSX.Element {
  const { size, d, version } = useMemo(() => {
    const m = qrMatrix(props.text);
    return { size: m.size, d: qrSvgPath(m), version: m.version };
  }, [props.text]);
  return (
    <svg
      class={props.class ?? 'fh-qr-code'}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={props.label}
      data-qr-version={version}
      data-qr-text={props.text}
      shape-rendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
