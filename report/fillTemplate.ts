/** The refusals' template filler lives in the contract, which validate.ts words its refusals with. */
export { fillTemplate } from '../workers/contract/fillTemplate.ts';
