import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/entries.ts';
import { cityPoints } from '../../map/index.ts';

export const GET: APIRoute = async () => Response.json(cityPoints(await loadContent()));
