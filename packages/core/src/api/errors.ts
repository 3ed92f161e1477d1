import Type, { type Static } from 'typebox';

/**
 * Every stable error code of the API. Clients decide by the code; the message (German or English, after
 * `Accept-Language`) is for people. The backend has one message per code in each language.
 */
export const ERROR_CODES = [
  'validation',
  'invalid_json',
  'unsupported_media_type',
  'body_too_large',
  'not_found',
  'method_not_allowed',
  'unauthenticated',
  'forbidden',
  'password_change_required',
  'csrf',
  'origin_not_allowed',
  'rate_limited',
  'invalid_credentials',
  'temporary_password_expired',
  'password_policy',
  'username_taken',
  'activation_failed',
  'already_activated',
  'permission_required',
  'group_name_taken',
  'group_not_found',
  'workplace_not_found',
  'move_requires_recreate',
  'minimum_term',
  'activation_date_past',
  'unknown_device_model',
  'cart_item_not_found',
  'cart_empty',
  'cart_full',
  'idempotency_key_required',
  'invalid_id',
  'device_not_found',
  'unknown_flow',
  'welcome_not_found',
  'article_not_found',
  'unknown_page',
  'no_workplace',
  'first_login_done',
  'login_locked',
  'current_password_wrong',
  'stale_write',
  'too_deep',
  'invalid_characters',
  'busy',
  'revision_conflict',
  'content_problems',
  'publish_right_required',
  'invitation_not_found',
  'unsupported_image',
  'image_too_large',
  'article_exists',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The error answer of every route and status. */
export const ApiErrorBody = Type.Object(
  {
    code: Type.Enum(ERROR_CODES),
    message: Type.String(),
    /** Field name → message, when the error belongs to fields of the request. */
    fields: Type.Optional(Type.Record(Type.String(), Type.String())),
    /** `password_policy`: the ids and messages of the failed password rules. */
    failed: Type.Optional(Type.Array(Type.String())),
    messages: Type.Optional(Type.Array(Type.String())),
    /** `rate_limited` (login delay): seconds until the next try. */
    retryAfter: Type.Optional(Type.Integer({ minimum: 0 })),
    /** `minimum_term`: the first day the workplace can be deleted, `YYYY-MM-DD`. */
    deletableFrom: Type.Optional(Type.String({ format: 'date' })),
    /** `revision_conflict`: the newest revision, which the save did not start from. */
    currentRevision: Type.Optional(Type.Integer({ minimum: 0 })),
    /** `content_problems`: the checks that fail, at their line of the Markdown file. */
    problems: Type.Optional(
      Type.Array(
        Type.Object({
          file: Type.String(),
          line: Type.Integer({ minimum: 1 }),
          severity: Type.String(),
          message: Type.String(),
        }),
      ),
    ),
  },
  { additionalProperties: false },
);

export type ApiErrorBody = Static<typeof ApiErrorBody>;
