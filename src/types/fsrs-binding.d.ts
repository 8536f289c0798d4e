/** The part of @open-spaced-repetition/binding (the FSRS optimizer, installed by hand) that optimize.ts uses. */
declare module '@open-spaced-repetition/binding' {
  export class FSRSBindingReview {
    constructor(rating: number, deltaT: number);
  }
  export class FSRSBindingItem {
    constructor(reviews: FSRSBindingReview[]);
    longTermReviewCnt(): number;
  }
  export class FSRSBinding {
    constructor(parameters?: number[]);
    evaluate(trainSet: FSRSBindingItem[]): { logLoss: number; rmseBins: number };
  }
  export function computeParameters(trainSet: FSRSBindingItem[], options?: { enableShortTerm: boolean; numRelearningSteps?: number; timeout?: number }): Promise<number[]>;
}
