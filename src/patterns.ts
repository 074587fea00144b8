/**
 * The patterns of the data contract, shared by the schema (`schema.ts`, which editors' IDEs read)
 * and the rules (`validate/site-paths.ts`, `sizes.ts`, `dates.ts`, `languages.ts`, which say why a value does not match), so both accept the same
 * values.
 */

/** Site paths: start with one `/` (`//host` is another site), no `..`, no spaces (written as in the URL). */
export const SITE_PATH_PATTERN = "^/(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\s?#]*[^/\\s?#]$";
export const HTTPS_URL_PATTERN = "^https://[^\\s/?#]+\\.[^\\s/?#]+(?:[/?#]\\S*)?$";
/** `2,9 Mo`, `900 ko`, `1.5 Mo`, `512 octets`: a number, then a French unit. */
export const SIZE_PATTERN = "^\\s*\\d+(?:[.,]\\d+)?\\s*(?:octets?|o|ko|Ko|KO|mo|Mo|MO|go|Go|GO)\\s*$";
export const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
export const LANGUAGE_PATTERN = "^[a-z]{2}$";
/** `link`: a site path or an https URL (everything else is refused, with a reason, by the rules). */
export const LINK_PATTERN = `(?:${SITE_PATH_PATTERN})|(?:${HTTPS_URL_PATTERN})`;

/** An item's date: a year, a month or a day (`2024`, `2024-05`, `2024-05-13`). */
export const ITEM_DATE_PATTERN = "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$";
/** A page of the site: a site path that may end with `/` (`/publications/guide/`), or `/` itself. */
export const SITE_PAGE_PATTERN = "^/(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\s?#]*$";
/** An item's `link`: a site file, a site page or an https address (the rules say which, and why not). */
export const ITEM_LINK_PATTERN = `(?:${SITE_PAGE_PATTERN})|(?:${HTTPS_URL_PATTERN})`;
/** A file's format as people write it: `PDF`, `ODS`, `xlsx`. */
export const FORMAT_PATTERN = "^[A-Za-z0-9]{2,6}$";
