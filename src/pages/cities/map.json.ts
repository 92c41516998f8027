import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/entries.ts';
import { cityPoints } from '../../lib/map/map-data.ts';

export const GET: APIRoute = async () => Response.json(cityPoints(await loadContent()));
