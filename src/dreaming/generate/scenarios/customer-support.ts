/** @module dreaming/generate/scenarios/customer-support — an online shop's support assistant. */
import type { ScenarioSpec } from '../types.js';

/** The customer-support scenario: orders, refunds, accounts, subscriptions. */
export const customerSupport: ScenarioSpec = {
  name: 'customer-support',
  agent: 'agent_support_bot',
  slots: {
    product: [
      'wireless headphones', 'running shoes', 'coffee maker', 'standing desk', 'phone case',
      'winter jacket', 'air fryer', 'yoga mat', 'bluetooth speaker', 'smart watch', 'office chair',
      'backpack', 'espresso machine', 'desk lamp', 'vacuum cleaner', 'gaming keyboard',
    ],
    plan: ['Premium', 'Basic', 'Family', 'Pro', 'annual'],
    carrier: ['UPS', 'FedEx', 'DHL', 'USPS', 'the courier'],
    code: ['SAVE20', 'WELCOME10', 'SPRING15', 'FREESHIP', 'VIP25'],
  },
  tools: [
    { name: 'lookup_order', ok: ['Order {order}: status=shipped, total={amount}, placed {date}.', 'Order {order} found: 1 item ({product}), status=processing.'], error: ['ERROR: order service timeout after 30s', 'ERROR 503: orders backend unavailable'] },
    { name: 'issue_refund', ok: ['Refund of {amount} queued for order {order}; ETA 5-7 business days.'], error: ['ERROR: refund rejected by payment gateway (code 502)', 'ERROR: refund service returned 500'] },
    { name: 'track_shipment', ok: ['Shipment via {carrier}: in transit, last scan in {city}, ETA {weekday}.', 'Shipment delivered {date}, left at front door.'], error: ['ERROR: tracking API rate limited (429)', 'ERROR: carrier integration timeout'] },
    { name: 'create_return', ok: ['Return label {ref} created for {product}; drop-off within {days} days.'], error: ['ERROR: return label generation failed', 'ERROR: RMA service unavailable'] },
    { name: 'lookup_account', ok: ['Account active, plan={plan}, member since {date}.', 'Account found; 2FA enabled; last login {date}.'], error: ['ERROR: account service timeout', 'ERROR: identity service 500'] },
    { name: 'reset_password', ok: ['Password reset link sent; expires in 30 minutes.'], error: ['ERROR: mail relay rejected message', 'ERROR: reset token service unavailable'] },
    { name: 'cancel_subscription', ok: ['Subscription {plan} set to cancel at period end.'], error: ['ERROR: billing provider timeout', 'ERROR: subscription locked by pending invoice'] },
    { name: 'update_address', ok: ['Shipping address updated for order {order}.'], error: ['ERROR: order already handed to carrier; address locked'] },
    { name: 'search_catalog', ok: ['Catalog: {product} — in stock, {count} variants, price {amount}.'], error: ['ERROR: search index unavailable'] },
    { name: 'validate_coupon', ok: ['Coupon {code}: valid, 15% off, min basket {amount}.', 'Coupon {code}: expired on {date}.'], error: ['ERROR: promotions service 500'] },
  ],
  topics: [
    {
      label: 'refund request', weight: 12, tools: ['lookup_order', 'issue_refund'],
      openings: [
        'I want a refund for my {product}.', 'How do I get my money back for order {order}?',
        'I returned the {product} {date} and still have not received my refund.',
        'Can you refund the {amount} I paid for the {product}?', 'Please process a refund for order {order}.',
        'I was promised a refund of {amount} but nothing has arrived.',
        'Where is my refund? I sent the {product} back {date}.',
        'I need to request a refund, the {product} is not what I expected.',
      ],
      followUps: ['The order number is {order}.', 'I paid {amount} for it.', 'I shipped it back {date} with {carrier}.', 'It was the {product}, bought {date}.'],
      replies: ['I can see the return was received. Refunds usually take 5-7 business days.', 'Thanks. I found the order and I am checking the refund status.', 'The refund for {amount} is being processed now.'],
      resolutions: ['Your refund of {amount} has been issued and should appear within 5 business days.', 'I have processed the refund for order {order}. You will get an email confirmation.'],
    },
    {
      label: 'order tracking', weight: 14, tools: ['lookup_order', 'track_shipment'],
      openings: [
        'Where is my order {order}?', 'My {product} has not arrived yet, can you track it?',
        'What is the status of my order from {date}?', 'Tracking for order {order} has not updated in days.',
        'When will my {product} be delivered?', 'I ordered a {product} {date} and it still has not shipped.',
        'Can you tell me where my package is?', 'The delivery estimate for my order keeps changing.',
      ],
      followUps: ['It is order {order}.', 'It was supposed to arrive by {weekday}.', 'It shipped with {carrier} I think.', 'I need it before {date}.'],
      replies: ['Your package is with {carrier} and was last scanned in {city}.', 'I see a delay at the sorting center in {city}.', 'The order shipped {date}; let me check the latest scan.'],
      resolutions: ['Your order is out for delivery and should arrive by {weekday}.', 'The package is in {city} and the new delivery estimate is {weekday}.'],
    },
    {
      label: 'damaged item', weight: 8, tools: ['lookup_order', 'create_return'],
      openings: [
        'My {product} arrived broken.', 'The {product} I received is damaged.', 'The box was crushed and the {product} is cracked.',
        'I got a defective {product}, it does not turn on.', 'Part of my {product} is missing and the rest is scratched.',
        'The {product} stopped working after {days} days.', 'I received the wrong item instead of my {product}.',
      ],
      followUps: ['I can send photos of the damage.', 'The order number is {order}.', 'I would prefer a replacement, not a refund.', 'It was a gift so I need it soon.'],
      replies: ['I am sorry it arrived damaged. I can arrange a replacement or refund.', 'Could you confirm whether you prefer a replacement?', 'I will create a return label for the damaged {product}.'],
      resolutions: ['I created return label {ref}; a replacement {product} ships as soon as the carrier scans it.', 'A replacement is on its way and you can keep or recycle the damaged item.'],
    },
    {
      label: 'login problem', weight: 10, tools: ['lookup_account', 'reset_password'],
      openings: [
        'I cannot log in to my account.', 'I forgot my password and the reset email never comes.',
        'My account is locked after too many attempts.', 'The login page keeps saying invalid credentials.',
        'I am not receiving the two-factor code.', 'How do I reset my password?',
        'I get an error every time I try to sign in.', 'My account says it is suspended, why?',
      ],
      followUps: ['I tried {count} times already.', 'I checked my spam folder too.', 'It started {date}.', 'I am using the mobile app.'],
      replies: ['I can send you a new password reset link.', 'Your account was locked for security; I can unlock it after verification.', 'Let me check the status of your account.'],
      resolutions: ['I have sent a fresh reset link; it expires in 30 minutes.', 'Your account is unlocked. You can sign in now.'],
    },
    {
      label: 'double charge', weight: 8, tools: ['lookup_order', 'issue_refund'],
      openings: [
        'I was charged twice for the same order.', 'There are two charges of {amount} on my statement.',
        'You billed me {amount} twice {date}.', 'Why was my card charged again for order {order}?',
        'I see a duplicate payment for my {plan} plan.', 'My bank shows a double charge from your store.',
      ],
      followUps: ['Both charges are {amount}.', 'It happened {date}.', 'The order is {order}.', 'One of them is still pending.'],
      replies: ['I see two authorizations; one of them should drop off automatically.', 'Let me check the payment records for that order.', 'I can refund the duplicate charge.'],
      resolutions: ['I refunded the duplicate charge of {amount}; it will show in 3-5 days.', 'The second charge was only a hold and has now been released.'],
    },
    {
      label: 'cancel subscription', weight: 9, tools: ['lookup_account', 'cancel_subscription'],
      openings: [
        'I want to cancel my {plan} subscription.', 'How do I stop my membership from renewing?',
        'Please cancel my plan before the next billing date.', 'I no longer need the {plan} plan, cancel it.',
        'Can I cancel and get a prorated refund?', 'Stop charging me for the subscription.',
        'I tried to cancel in the app but the button does nothing.',
      ],
      followUps: ['It renews on {date}.', 'I am on the {plan} plan.', 'I do not want any more emails either.', 'Is there a cancellation fee?'],
      replies: ['I can cancel it at the end of your current billing period.', 'Before I cancel, would a cheaper plan help?', 'Let me check your subscription details.'],
      resolutions: ['Your {plan} subscription is cancelled and will not renew.', 'Done — the plan stays active until {date} and then ends.'],
    },
    {
      label: 'change shipping address', weight: 6, tools: ['lookup_order', 'update_address'],
      openings: [
        'I need to change the delivery address for order {order}.', 'Can I ship my {product} to a different address?',
        'I moved to {city}, please update where my order goes.', 'Wrong address on my order, can you fix it?',
        'Is it too late to change the shipping address?', 'Please redirect my package to my office in {city}.',
      ],
      followUps: ['The order is {order}.', 'It has not shipped yet I think.', 'The new city is {city}.'],
      replies: ['If the order has not shipped, I can update the address.', 'Let me see whether the carrier already has it.'],
      resolutions: ['The shipping address is updated; the order will go to the new address.', 'I updated the address before the carrier picked it up.'],
    },
    {
      label: 'product question', weight: 9, tools: ['search_catalog'],
      openings: [
        'Is the {product} compatible with my phone?', 'Does the {product} come with a warranty?',
        'What are the dimensions of the {product}?', 'Is the {product} back in stock?',
        'What is the difference between the two {product} models?', 'Can the {product} be used outdoors?',
        'Do you sell spare parts for the {product}?', 'How long does the battery of the {product} last?',
      ],
      followUps: ['I mean the newest model.', 'I need it for travel.', 'Which color options are there?', 'Is there a bundle deal?'],
      replies: ['The {product} comes with a two-year warranty.', 'It is in stock in {count} colors.', 'Let me check the product specifications.'],
      resolutions: ['Yes, the {product} supports that and ships with a two-year warranty.', 'It is back in stock and ships within two days.'],
    },
    {
      label: 'discount code', weight: 6, tools: ['validate_coupon'],
      openings: [
        'My discount code {code} does not work.', 'The promo code {code} says invalid at checkout.',
        'I forgot to apply my coupon {code}, can you add it?', 'Why was my {code} discount not applied?',
        'Is there a current promotion for the {product}?', 'The coupon from your newsletter is rejected.',
      ],
      followUps: ['My basket total is {amount}.', 'I got the code by email {date}.', 'It says the code expired.'],
      replies: ['Some codes require a minimum basket value.', 'Let me validate that code for you.'],
      resolutions: ['I applied the discount manually; you save 15% on this order.', 'The code was expired, but I added a one-time 10% discount.'],
    },
    {
      label: 'return policy', weight: 7, tools: ['create_return'],
      openings: [
        'What is your return policy?', 'Can I return the {product} after {days} days?',
        'How do I exchange the {product} for another size?', 'Do I have to pay for return shipping?',
        'Can I return an item bought on sale?', 'I want to return the {product} I bought {date}.',
      ],
      followUps: ['I still have the original box.', 'It was bought {date}.', 'It is unused.'],
      replies: ['You can return items within 30 days of delivery.', 'Exchanges are free for size changes.'],
      resolutions: ['I created a prepaid return label {ref}; drop it off within {days} days.', 'Your exchange is set up and the new size ships once we receive the return.'],
    },
    {
      label: 'missing delivery', weight: 6, tools: ['track_shipment'],
      openings: [
        'Tracking says delivered but I never got my package.', 'My order shows as delivered {date} but it is not here.',
        'The courier claims they left the {product} at my door, it is not there.', 'Package marked delivered, nothing arrived.',
        'I think my parcel was stolen, tracking says delivered.',
      ],
      followUps: ['I checked with my neighbors.', 'There is no safe place note.', 'It was supposed to come with {carrier}.'],
      replies: ['I am sorry. Sometimes packages show delivered a day early.', 'Let me open an investigation with {carrier}.'],
      resolutions: ['I opened a claim with {carrier} and a replacement ships today.', 'We are sending a replacement at no cost.'],
    },
    {
      label: 'account deletion', weight: 4, tools: ['lookup_account'],
      openings: [
        'Please delete my account and all my data.', 'How do I close my account permanently?',
        'I want you to erase my personal data.', 'Remove me from your system and stop all emails.',
        'What data do you keep about me?',
      ],
      followUps: ['I do not have any open orders.', 'Please confirm by email.', 'I want it done today.'],
      replies: ['I can start the deletion request; it takes up to 30 days.', 'Let me verify the account first.'],
      resolutions: ['Your deletion request is filed as {ref}; you will get a confirmation when it is complete.', 'Your account is scheduled for deletion.'],
    },
  ],
};
