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
