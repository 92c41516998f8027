import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { incubatorPoints } from '../../lib/map-data.ts';

export const GET: APIRoute = async () => Response.json(incubatorPoints(await loadContent()));
