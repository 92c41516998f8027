// 活动: the .ics files a founder adds to a phone calendar, read back with a real iCalendar library (Mozilla's ical.js).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Content, Event } from '../../src/lib/content/entries.ts';
import { calendar, fold } from '../../src/lib/publish/calendar.ts';
import { beijingTime } from '../../src/schemas/base.ts';
import { SCHEMAS } from '../../src/schemas/index.ts';
import { validEvent } from '../helpers/valid.ts';

const HOSTILE = '推介会; 第一场, "成都" \\ 换行\n<img src=x onerror=alert(1)>';
const site = new URL('https://cy.example.gov.cn/');

function event(id: string, over: Record<string, unknown> = {}): Event {
  const data = SCHEMAS.events.parse({ ...validEvent(), ...over });
  return { id, data, collection: 'events' } as unknown as Event;
}
const content = { city: () => ({ data: { name: '成都市' } }) } as unknown as Content;

const parse = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);

describe('an event as iCalendar', () => {
  const e = event('chengdu-fair', { title: HOSTILE, venue: '报告厅, 三楼; 东侧', start: '2099-12-10 09:30', end: '2099-12-10 16:30', location: { lat: 30.66, lng: 104.07 } });
  const text = calendar([e], content, site, '活动');
  const vevent = parse(text).getFirstSubcomponent('vevent')!;
  const ev = new ICAL.Event(vevent);

  it('keeps every character of the text, commas, semicolons, backslashes and line breaks included', () => {
    expect(ev.summary).toBe(`【示例】${HOSTILE}`);
    expect(ev.location).toBe('成都市锦江区示例路 1 号　报告厅, 三楼; 东侧');
    expect(ev.description).toContain('报名：无需报名 咨询电话：000-00000000');
    expect(ev.description).toContain('https://cy.example.gov.cn/events/chengdu-fair/');
  });

  it('writes a lone CR as a line break and drops other control characters: no raw CR or control byte in the file', () => {
    const cr = event('cr-fair', { title: '第一行\r伪造:属性\u0007\u001b结束', start: '2099-12-10 09:30', end: '2099-12-10 16:30' });
    const file = calendar([cr], content, site, '活动');
    // Lines end in CRLF; nothing else may be a control character.
    // eslint-disable-next-line no-control-regex -- what the file must not hold
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    expect(file).not.toMatch(/^伪造:/m);
    expect(new ICAL.Event(parse(file).getFirstSubcomponent('vevent')!).summary).toBe('【示例】第一行\n伪造:属性结束');
  });

  it('puts the event at the Beijing time the editor wrote, as one instant', () => {
    expect(ev.startDate.toJSDate().toISOString()).toBe('2099-12-10T01:30:00.000Z');
    expect(ev.endDate.toJSDate().toISOString()).toBe('2099-12-10T08:30:00.000Z');
    expect(ev.uid).toBe('chengdu-fair@cy.example.gov.cn');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('geo')).toEqual([30.66, 104.07]);
  });

  it('writes CRLF lines of at most 75 octets, never splitting a Chinese character', () => {
    const lines = text.split('\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    const long = fold(`DESCRIPTION:${'创业'.repeat(60)}`);
    expect(long.split('\r\n ').join('')).toBe(`DESCRIPTION:${'创业'.repeat(60)}`);
  });

  it('marks a cancelled event so calendars strike it through', () => {
    const cancelled = parse(calendar([event('x', { status: '已取消' })], content, site, '活动')).getFirstSubcomponent('vevent')!;
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('holds every event of a feed, each with its own UID', () => {
    const feed = parse(calendar([event('a'), event('b', { start: '2099-12-11 09:00', end: '2099-12-11 10:00' })], content, site, '创业促就业服务门户 · 活动日历'));
    expect(feed.getFirstPropertyValue('x-wr-calname')).toBe('创业促就业服务门户 · 活动日历');
    expect(feed.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual(['a@cy.example.gov.cn', 'b@cy.example.gov.cn']);
  });
});

describe('event times', () => {
  it('reads 「2026-12-10 09:30」 as Beijing time and refuses what is not a time', () => {
    expect(beijingTime('2026-12-10 09:30').toISOString()).toBe('2026-12-10T01:30:00.000Z');
    const problems = (start: string) => SCHEMAS.events.safeParse({ ...validEvent(), start }).error?.issues.map((i) => i.message);
    expect(problems('2026-02-30 09:00')).toEqual([expect.stringContaining('不是有效的日期或时间')]);
    expect(problems('2026-12-10')).toEqual([expect.stringContaining('格式 YYYY-MM-DD HH:mm')]);
    expect(SCHEMAS.events.safeParse({ ...validEvent(), end: '2099-12-10 08:00' }).error?.issues[0]?.message).toBe('结束时间不能早于开始时间');
  });
});
