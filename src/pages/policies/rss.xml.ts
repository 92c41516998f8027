import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { feed } from '../../lib/feeds.ts';
import { loadSettings } from '../../lib/settings.ts';

export const GET: APIRoute = async ({ site }) => feed('policies', await loadContent(), await loadSettings(), site!);
