import { PROVINCES } from '../../schemas/taxonomies.ts';

/** Cities grouped under their province, in GB/T 2260 order; provinces without cities are left out. */
export function groupByProvince<T extends { data: { province: string } }>(cities: T[]) {
  return PROVINCES.map((p) => ({
    province: p.name,
    code: p.code,
    cities: cities.filter((c) => c.data.province === p.name),
  })).filter((g) => g.cities.length > 0);
}
