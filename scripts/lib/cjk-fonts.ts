/**
 * The Chinese fonts this machine has, for running the print tests under each of them. A PDF's text comes from the
 * font's own glyph-to-character table, so what a printout "says" depends on the font Chromium picked: Debian's two
 * usual ones (WenQuanYi Micro Hei, Noto Sans CJK) differ. Where both are installed, each gets a fontconfig file
 * that hides the other from Chromium (FONTCONFIG_FILE); where one is, the system's own setup is used.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCRATCH } from './scratch.ts';

const FAMILIES = [
  ['WenQuanYi', /WenQuanYi/i],
  ['Noto CJK', /Noto (Sans|Serif)( Mono)? CJK/i],
] as const;

export interface FontVariant {
  /** The family the printouts use. */
  name: string;
  /** The browser's extra environment: a fontconfig file, or nothing for the system's setup. */
  env: Record<string, string>;
}

export function cjkFontVariants(): FontVariant[] {
  const listed = spawnSync('fc-list', [':lang=zh', 'file', 'family'], { encoding: 'utf8' }).stdout ?? '';
  const files = new Map<string, string[]>(FAMILIES.map(([name]) => [name, []]));
  for (const line of listed.split('\n')) {
    const [file, family = ''] = line.split(/:\s*/);
    const match = FAMILIES.find(([, pattern]) => pattern.test(family));
    if (file && match) files.get(match[0])!.push(file);
  }
  const present = FAMILIES.map(([name]) => name).filter((name) => files.get(name)!.length > 0);
  if (present.length < 2) return [{ name: present[0] ?? 'system', env: {} }];
  const dir = join(SCRATCH, 'fontconfig');
  mkdirSync(dir, { recursive: true });
  return present.map((name) => {
    const hidden = present.filter((other) => other !== name).flatMap((other) => files.get(other)!);
    const conf = join(dir, `${name.replace(/\W+/g, '-')}.conf`);
    writeFileSync(
      conf,
      [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        '<fontconfig>',
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
        '  <selectfont><rejectfont>',
        ...[...new Set(hidden)].map((f) => `    <glob>${f}</glob>`),
        '  </rejectfont></selectfont>',
        '</fontconfig>',
        '',
      ].join('\n'),
    );
    return { name, env: { FONTCONFIG_FILE: conf } };
  });
}
