/**
 * iCalendar (RFC 5545) files of events: one per event for 「添加到日历」 and a feed of upcoming ones to subscribe to.
 * Times are written in UTC (…Z), which every calendar converts to the reader's zone, so no VTIMEZONE is needed.
 * Text is escaped (\ ; , and newlines) and lines are folded at 75 octets without splitting a UTF-8 character.
 */
import type { Content, Event } from '../content/entries.ts';
import { CANCELLED_EVENT } from '../../schemas/taxonomies.ts';
import { UI } from '../core/ui-text.ts';
import { entryUrl } from '../core/urls.ts';
import { eventPlace } from '../../collections/events/page.ts';

/** 20261210T013000Z */
const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11) — CRLF, a lone CR and a lone LF
 * each written as the two characters \n — and every other control character but tab dropped (the grammar allows
 * none; a raw CR ends the line in a calendar program).
 */
export const escapeText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

/** Folds a content line into lines of at most 75 octets, continuation lines starting with a space (3.1). */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function vevent(e: Event, content: Content, site: URL, stamp: Date): string[] {
  const d = e.data;
  const url = new URL(entryUrl('events', e.id), site).href;
  const signup = [d.signup.how, d.signup.url, d.signup.phone && `咨询电话：${d.signup.phone}`].filter(Boolean).join(' ');
  const description = [d.sample ? `【${UI.sample}】${UI.sampleNotice}` : '', d.summary, `报名：${signup}`, `费用：${d.cost}`, `主办：${d.organiser}`, url]
    .filter(Boolean)
    .join('\n');
  return [
    'BEGIN:VEVENT',
    // Stable across builds and hosts: the calendar updates the event it already has.
    `UID:${e.id}@${site.hostname}`,
    `DTSTAMP:${utc(stamp)}`,
    `LAST-MODIFIED:${utc(d.updated)}`,
    `DTSTART:${utc(d.start)}`,
    `DTEND:${utc(d.end)}`,
    `SUMMARY:${escapeText(d.sample ? `【${UI.sample}】${d.title}` : d.title)}`,
    `LOCATION:${escapeText(eventPlace(e, content))}`,
    ...(d.location ? [`GEO:${d.location.lat};${d.location.lng}`] : []),
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${url}`,
    `STATUS:${d.status === CANCELLED_EVENT ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
  ];
}

/** A VCALENDAR of these events; `name` titles a subscribed calendar. */
export function calendar(events: readonly Event[], content: Content, site: URL, name: string): string {
  // DTSTAMP must be a UTC time; the entry's own date keeps the file identical from build to build.
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${site.hostname}//创业促就业服务门户//ZH`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    ...events.flatMap((e) => vevent(e, content, site, e.data.updated)),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The file as a route returns it (in the built site nginx types it by its .ics name, with the same charset). */
export const calendarResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
