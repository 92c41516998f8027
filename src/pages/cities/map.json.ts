import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { cityPoints } from '../../lib/map-data.ts';

export const GET: APIRoute = async () => Response.json(cityPoints(await loadContent()));
