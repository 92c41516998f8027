import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { feed } from '../../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) => feed('stories', await loadContent(), site!);
