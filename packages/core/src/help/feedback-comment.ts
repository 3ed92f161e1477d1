/** The longest comment after "Nein" ("Was hat Ihnen gefehlt?"): the API's limit and the form's. */
export const FEEDBACK_COMMENT_MAX_LENGTH = 500;
