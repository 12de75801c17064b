/** The English strings that come with their panels: the bcrypt lab's and the sweep's (enFirst.ts). */
import { bcrypt } from './en/bcrypt.ts';
import { sweep } from './en/sweep.ts';

export const enLater = { ...bcrypt, ...sweep } as const;
