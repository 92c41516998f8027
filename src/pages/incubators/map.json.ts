import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/entries.ts';
import { incubatorPoints } from '../../map/index.ts';

export const GET: APIRoute = async () => Response.json(incubatorPoints(await loadContent()));
