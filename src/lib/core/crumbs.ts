export interface Crumb {
  label: string;
  href?: string;
}
