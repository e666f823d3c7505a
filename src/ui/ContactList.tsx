/**
 * Every contact channel of a service as a real link: phones (tel:), SMS (sms:), chat and website
 * (https, leaving the app without opener or referrer), e-mail (mailto:).
 */
import type { JSX } from 'preact';
import { contactLabel } from '../catalog/text.ts';
import type { Channel, LabelKey, Phone, Service } from '../catalog/types.ts';
import type { PageContext } from '../shell/page-context.ts';
import { CallLink } from './CallLink.tsx';
import { EXTERNAL } from './links.ts';
import { Localized } from './Localized.tsx';

/** The address people see for a web link or e-mail (no scheme, no trailing slash). */
export function shortUrl(url: string): string {
  return url.replace(/^mailto:/i, '').replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** Only https and mailto links are ever rendered (the data build checks too; this is the last guard). */
export function safeHref(url: string): string | null {
  return /^(https:\/\/|mailto:)/i.test(url) ? url : null;
}

function PhoneItem(props: { ctx: PageContext; service: Service; phone: Phone; kind: 'tel' | 'sms' }) {
  const { ctx, phone } = props;
  const label = contactLabel(props.service, `${props.kind === 'sms' ? 'sms' : 'phone'}:${phone.number}`, phone.label, ctx.lang, ctx.text);
  const isSms = props.kind === 'sms' || phone.kind === 'sms';
  return (
    <li>
      <CallLink t={ctx.t} name={props.service.name} number={phone.number} display={phone.display} kind={isSms ? 'sms' : 'tel'} class="call call-line">
        {ctx.t(isSms ? 'ui:contact.smsTo' : 'ui:call.short')}
      </CallLink>{' '}
      <Localized picked={label} page={ctx.lang} class="contact-label" />
    </li>
  );
}

function LinkItem(props: { ctx: PageContext; service: Service; channel: Channel; kind: string; labelKey: LabelKey }) {
  const href = safeHref(props.channel.url);
  if (!href) return null;
  const external = href.startsWith('https:');
  return (
    <li>
      <span class="contact-kind">{props.ctx.t(`ui:contact.${props.kind}`)}: </span>
      <a href={href} {...(external ? EXTERNAL : {})}>
        <bdi dir="ltr">{shortUrl(href)}</bdi>
      </a>
      {props.channel.label && (
        <>
          {' '}
          <Localized picked={contactLabel(props.service, props.labelKey, props.channel.label, props.ctx.lang, props.ctx.text)} page={props.ctx.lang} class="contact-label" />
        </>
      )}
    </li>
  );
}

/** All channels of a service; nothing when it has none. */
export function ContactList(props: { ctx: PageContext; service: Service }): JSX.Element | null {
  const { ctx, service } = props;
  const items = [
    ...service.phones.map((p) => <PhoneItem key={`t${p.number}`} ctx={ctx} service={service} phone={p} kind="tel" />),
    ...service.sms.map((p) => <PhoneItem key={`s${p.number}`} ctx={ctx} service={service} phone={p} kind="sms" />),
    ...service.chat.map((c, i) => <LinkItem key={`c${c.url}`} ctx={ctx} service={service} channel={c} kind="chat" labelKey={`chat:${i}`} />),
    ...(service.website ? [<LinkItem key="web" ctx={ctx} service={service} channel={service.website} kind="website" labelKey="website" />] : []),
    ...service.email.map((c, i) => <LinkItem key={`e${c.url}`} ctx={ctx} service={service} channel={c} kind="email" labelKey={`email:${i}`} />),
  ];
  if (items.length === 0) return null;
  return <ul class="contacts">{items}</ul>;
}
