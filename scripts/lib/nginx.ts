import { existsSync } from 'node:fs';

/** Debian installs nginx in /usr/sbin, which is not on an ordinary user's PATH; NGINX overrides. */
export const NGINX_BIN = process.env.NGINX ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');
