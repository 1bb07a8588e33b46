import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Implemented by Member, Record and Holding (`@ObjectType({ implements: Node })`, not `extends`: each
 * computes `id` with a getter, which a class field here would shadow). type-graphql resolves the
 * concrete type by `instanceof`, so resolvers return class instances built by `fromRow`.
 */
@InterfaceType('Node', { description: 'An object with an opaque global ID, fetchable with `node(id:)`.' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;
}
