import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/entries.ts';
import { trainingPoints } from '../../lib/map/map-data.ts';

export const GET: APIRoute = async () => Response.json(trainingPoints(await loadContent(), new Date()));
