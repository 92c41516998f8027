import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { feed } from '../../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) => feed('policies', await loadContent(), site!);
