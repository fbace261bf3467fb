export interface DemoProduct {
  name: string;
  description: string;
  price: number;
  quantity: number;
}

export interface DemoCategory {
  name: string;
  description: string;
  products: DemoProduct[];
}

const product = (name: string, price: number, quantity: number, description: string): DemoProduct => ({
  name,
  description,
  price,
  quantity,
});

export const DEMO_CATALOG: DemoCategory[] = [
  {
    name: 'Books',
    description: 'Novels, classics and practical guides.',
    products: [
      product('Dune', 9.99, 42, 'Frank Herbert\'s desert-planet epic, paperback edition.'),
      product('The Pragmatic Programmer', 39.95, 15, 'Twentieth anniversary edition, hardcover.'),
      product('Pride and Prejudice', 6.5, 30, 'Jane Austen\'s classic, with an introduction and notes.'),
      product('Sapiens', 18.99, 25, 'A brief history of humankind by Yuval Noah Harari.'),
      product('The Hobbit', 12.99, 0, 'Illustrated edition of Tolkien\'s tale of Bilbo Baggins.'),
      product('Clean Code', 34.99, 12, 'A handbook of agile software craftsmanship.'),
      product('Salt, Fat, Acid, Heat', 27.5, 8, 'Mastering the elements of good cooking.'),
      product('Project Hail Mary', 16.99, 19, 'A lone astronaut, a failing sun and an unlikely friend.'),
      product('The Very Hungry Caterpillar', 7.99, 40, 'Board book for the youngest readers.'),
      product('Atlas of Remote Islands', 24, 5, 'Fifty islands you will never visit, beautifully mapped.'),
    ],
  },
  {
    name: 'Electronics',
    description: 'Audio, computing and everyday gadgets.',
    products: [
      product('Wireless Noise-Cancelling Headphones', 199, 14, 'Over-ear, 30-hour battery, USB-C charging.'),
      product('Bluetooth Speaker', 59.9, 33, 'Waterproof portable speaker with 12 hours of play.'),
      product('USB-C Charger 65W', 34.99, 60, 'Two ports, charges a laptop and a phone at once.'),
      product('Mechanical Keyboard', 89, 9, 'Tenkeyless, hot-swappable switches, white backlight.'),
      product('Wireless Mouse', 24.99, 50, 'Silent clicks, three devices, one AA battery for a year.'),
      product('27-inch 4K Monitor', 329, 4, 'IPS panel with USB-C power delivery.'),
      product('E-Reader', 129.99, 0, 'Glare-free 6-inch display, warm light, waterproof.'),
      product('Smart Plug (2-pack)', 19.99, 75, 'Schedule lamps and fans from your phone.'),
      product('Portable SSD 1TB', 99.95, 22, 'Pocket-sized drive, up to 1050 MB/s.'),
      product('Webcam 1080p', 45, 18, 'Autofocus, stereo microphones, privacy shutter.'),
    ],
  },
  {
    name: 'Kitchen',
    description: 'Cookware, tools and tableware.',
    products: [
      product('Cast Iron Skillet 26 cm', 39.9, 20, 'Pre-seasoned, oven-safe, lasts for generations.'),
      product('Chef\'s Knife 20 cm', 79, 11, 'Forged stainless steel with a full tang.'),
      product('Electric Kettle', 29.99, 35, '1.7 litres, auto shut-off, boils in three minutes.'),
      product('French Press', 24.5, 27, 'Borosilicate glass, eight cups.'),
      product('Bamboo Cutting Board', 18, 44, 'Large, with a juice groove.'),
      product('Stand Mixer', 249, 3, 'Five-litre bowl, ten speeds, dough hook included.'),
      product('Ceramic Mug Set', 22.95, 16, 'Four stoneware mugs, dishwasher safe.'),
      product('Digital Kitchen Scale', 15.99, 38, 'Weighs up to 5 kg to the gram.'),
      product('Non-Stick Saucepan', 32, 0, 'Two litres, with a glass lid.'),
      product('Spice Rack with 12 Jars', 27.99, 9, 'Rotating rack, jars and labels included.'),
    ],
  },
  {
    name: 'Outdoors',
    description: 'Camping, hiking and garden gear.',
    products: [
      product('Two-Person Tent', 149, 7, 'Lightweight dome tent, sets up in five minutes.'),
      product('Hiking Backpack 40L', 89.5, 13, 'Ventilated back panel and rain cover.'),
      product('Sleeping Bag', 69.99, 10, 'Comfortable down to 2 °C, packs small.'),
      product('LED Headlamp', 19.95, 52, 'Rechargeable, 350 lumens, red night mode.'),
      product('Insulated Water Bottle', 24, 64, 'Keeps drinks cold for 24 hours.'),
      product('Camping Stove', 44.99, 0, 'Compact gas burner with piezo ignition.'),
      product('Trekking Poles (pair)', 54, 17, 'Aluminium, adjustable, cork grips.'),
      product('Folding Camp Chair', 35, 21, 'Holds 120 kg, with a cup holder.'),
      product('Garden Hose 25 m', 29.9, 12, 'Kink-resistant, with a spray nozzle.'),
      product('Picnic Blanket', 21.5, 28, 'Waterproof backing, folds into a carry bag.'),
    ],
  },
  {
    name: 'Toys',
    description: 'Games, puzzles and building sets.',
    products: [
      product('Wooden Building Blocks', 34.99, 23, 'One hundred blocks in natural beech.'),
      product('1000-Piece Jigsaw Puzzle', 17.99, 31, 'A harbour at sunset, with a poster guide.'),
      product('Chess Set', 29, 14, 'Folding wooden board with weighted pieces.'),
      product('Plush Teddy Bear', 19.5, 40, 'Soft, washable, thirty centimetres tall.'),
      product('Remote Control Car', 49.99, 6, 'Off-road, rechargeable, 20 km/h.'),
      product('Kite', 15, 0, 'Easy-flying delta kite with 50 m of line.'),
      product('Card Game: Uno', 9.49, 55, 'The classic colour-matching card game.'),
      product('Marble Run', 39.95, 8, 'Eighty pieces to build tracks and towers.'),
      product('Art Supplies Kit', 27.5, 19, 'Crayons, pencils, markers and paper in a case.'),
      product('Stacking Rings', 8.99, 47, 'First toy for babies, from six months.'),
    ],
  },
];

const ADJECTIVES = ['Classic', 'Compact', 'Deluxe', 'Eco', 'Handmade', 'Lightweight', 'Modern', 'Portable', 'Rugged', 'Vintage'];
const NOUNS = ['Backpack', 'Blender', 'Board Game', 'Desk Lamp', 'Kettle', 'Lantern', 'Notebook', 'Puzzle', 'Speaker', 'Tent'];

/** The n-th product of the large benchmark catalog: deterministic, so runs compare. */
export function generatedProduct(n: number, categoryIds: readonly number[]) {
  return {
    name: `${ADJECTIVES[n % ADJECTIVES.length]} ${NOUNS[Math.floor(n / ADJECTIVES.length) % NOUNS.length]} No. ${n}`,
    description: `Sample product number ${n}, generated for benchmarks.`,
    priceCents: 99 + ((n * 7_919) % 99_901),
    quantity: (n * 37) % 250,
    categoryId: categoryIds[n % categoryIds.length]!,
    imageUrl: null,
    deletedAt: null,
  };
}
