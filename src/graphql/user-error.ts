import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Machine codes for problems a user can fix; clients branch and translate on these. Grows with the product. */
export enum UserErrorCode {
  INVALID_ISBN = 'INVALID_ISBN',
  INVALID_ISSN = 'INVALID_ISSN',
  INVALID_ISIL = 'INVALID_ISIL',
  INVALID_VALUE = 'INVALID_VALUE',
  REQUIRED = 'REQUIRED',
  UNKNOWN_RECORD = 'UNKNOWN_RECORD',
  UNKNOWN_MEMBER = 'UNKNOWN_MEMBER',
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  DUPLICATE_LOCAL_ID = 'DUPLICATE_LOCAL_ID',
  PARENT_CYCLE = 'PARENT_CYCLE',
  NEGATIVE_VALUE = 'NEGATIVE_VALUE',
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
  UNKNOWN_RESOURCE = 'UNKNOWN_RESOURCE',
  UNKNOWN_AGREEMENT = 'UNKNOWN_AGREEMENT',
  UNKNOWN_PERIOD = 'UNKNOWN_PERIOD',
  INVALID_KBART = 'INVALID_KBART',
  INVALID_MONEY = 'INVALID_MONEY',
  INVALID_DATE_RANGE = 'INVALID_DATE_RANGE',
  INVALID_CIDR = 'INVALID_CIDR',
  IP_RANGE_OVERLAP = 'IP_RANGE_OVERLAP',
  COST_SHARE_FAILED = 'COST_SHARE_FAILED',
  NOT_MARC = 'NOT_MARC',
  INVALID_BASE64 = 'INVALID_BASE64',
  TOO_LARGE = 'TOO_LARGE',
  UNKNOWN_PROVIDER = 'UNKNOWN_PROVIDER',
  DUPLICATE_NAME = 'DUPLICATE_NAME',
  CREDENTIALS_NOT_STORABLE = 'CREDENTIALS_NOT_STORABLE',
  UNKNOWN_ILL_REQUEST = 'UNKNOWN_ILL_REQUEST',
  ACTION_NOT_ALLOWED = 'ACTION_NOT_ALLOWED',
  COST_OVER_MAXIMUM = 'COST_OVER_MAXIMUM',
  DUPLICATE_PEER_REQUEST = 'DUPLICATE_PEER_REQUEST',
  UNKNOWN_API_CLIENT = 'UNKNOWN_API_CLIENT',
  INVALID_SCOPES = 'INVALID_SCOPES',
  API_CLIENT_REVOKED = 'API_CLIENT_REVOKED',
  INVALID_URL = 'INVALID_URL',
  UNKNOWN_WEBHOOK_SUBSCRIPTION = 'UNKNOWN_WEBHOOK_SUBSCRIPTION',
  UNKNOWN_WEBHOOK_DELIVERY = 'UNKNOWN_WEBHOOK_DELIVERY',
}
registerEnumType(UserErrorCode, { name: 'UserErrorCode', description: 'Why an input was refused.' });

@ObjectType({ description: 'A problem with the input that the caller can fix. Nothing was written when any are returned.' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the offending input value, e.g. ["holdings", "3", "isbn"].' })
  field!: string[] | null;

  @Field(() => String, { description: 'What is wrong, in English.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code!: UserErrorCode;
}

export function userError(field: string[] | null, code: UserErrorCode, message: string): UserError {
  return { field, code, message };
}
